package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.RandomExprs;
import io.accelforge.rtl.testing.Stimulus;
import io.accelforge.rtl.testing.VerilatorHarness;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memories (sync read with enable, async read, byte-masked writes, two writes in one cycle,
 * READ_FIRST and WRITE_FIRST), registers with and without reset, registers assigned in slices,
 * in a switch and through a Vec index, a child instance, and an asynchronously reset domain
 * behave the same in Verilator as in the interpreter, cycle by cycle, under random stimulus
 * with resets now and then.
 */
class VerilatorSequentialTest {
    private static final int CYCLES = 400;

    @TempDir Path tmp;

    static final class MemoryBench extends Module {
        final Input we = input(Bool()), we2 = input(Bool()), re = input(Bool());
        final Input waddr = input(UInt(4)), waddr2 = input(UInt(4)), raddr = input(UInt(4));
        final Input wdata = input(UInt(16)), wdata2 = input(UInt(16)), wmask = input(UInt(2));
        final Input sdata = input(SInt(12)), smask = input(UInt(3));
        final Input wideData = input(UInt(70));
        final Output readFirst = output(UInt(16)), writeFirst = output(SInt(12)), asyncWord = output(UInt(70));
        final Output count = output(UInt(8)), noReset = output(UInt(16)), slowCount = output(UInt(5)), held = output(UInt(16));
        final Output syncWord = output(UInt(70));
        final Output shifted = output(UInt(12)), modeOut = output(UInt(6)), picked = output(UInt(8)), total = output(UInt(16));
        final Mem bytes = mem(UInt(16), 16);
        final Mem lanes = mem(SInt(12), 16).readUnderWrite(ReadUnderWrite.WRITE_FIRST);
        final Mem wide = mem(UInt(70), 16);
        final ClockDomain other = clockDomain("other", ResetKind.ASYNC);

        MemoryBench() {
            // two write statements may hit one word in one cycle: the later one wins per lane
            when(we, () -> bytes.write(waddr, wdata, wmask));
            when(we2, () -> bytes.write(waddr2, wdata2, UInt(2).lit(2)));
            readFirst.set(bytes.readSync(raddr, re));

            when(we, () -> lanes.write(waddr, sdata, smask));
            writeFirst.set(lanes.readSync(raddr));

            when(we2, () -> wide.write(waddr2, wideData));
            asyncWord.set(wide.readAsync(raddr));
            syncWord.set(wide.readSync(raddr.not(), re));

            Reg c = reg(UInt(8)).init(3);
            when(re, () -> c.set(c.add(1))).otherwise(() -> c.set(c.sub(2)));
            count.set(c);
            noReset.set(regNext(wdata));

            Reg[] r = new Reg[2];
            inDomain(other, () -> {
                r[0] = reg(UInt(5)).init(17);
                r[1] = reg(UInt(16)).init(0xbeef);
            });
            r[0].set(r[0].add(1));
            when(we2, () -> r[1].set(wdata2));
            slowCount.set(r[0]);
            held.set(r[1]);

            // a register assigned in slices, part of it under a condition
            Reg shifter = reg(UInt(12)).init(0);
            shifter.assignBits(3, 0, wdata.bits(3, 0));
            when(re, () -> shifter.assignBits(11, 4, shifter.bits(7, 0)));
            shifted.set(shifter);

            // a register assigned in a switch, holding in the case that does not assign it
            Reg mode = reg(UInt(6));
            switchOn(raddr.bits(1, 0))
                    .is(0, () -> mode.set(mode.add(3)))
                    .is(1, 2, () -> mode.set(wdata.bits(5, 0)))
                    .is(3, () -> { });
            modeOut.set(mode);

            // a Vec of registers written at an index
            Vec<Reg> file = regs(4, UInt(8));
            when(we, () -> file.write(waddr.bits(1, 0), wdata.bits(15, 8)));
            picked.set(file.read(raddr.bits(1, 0)));

            // a child whose input is an expression and whose outputs feed the parent's logic
            Accumulator acc = instance(new Accumulator());
            acc.in.set(wdata.xor(wdata2).bits(9, 0));
            acc.clear.set(we2.and(re));
            total.set(acc.sum.add(acc.last.zext(16)).add(acc.in.zext(16)));   // a parent may read its child's input too
        }
    }

    /** sum += in each cycle, cleared by clear; last is the input of the previous cycle. */
    static final class Accumulator extends Module {
        final Input in = input(UInt(10)), clear = input(Bool());
        final Output sum = output(UInt(16)), last = output(UInt(10));

        Accumulator() {
            Reg s = reg(UInt(16)).init(0);
            when(clear, () -> s.set(0)).otherwise(() -> s.set(s.add(in.zext(16))));
            sum.set(s);
            last.set(regNext(in));
        }
    }

    @Test void memoriesRegistersAndAsyncResetBehaveAlikeInVerilatorAndTheInterpreter() throws Exception {
        Random rnd = Stimulus.random("VerilatorSequentialTest");
        Design d = Elaborator.elaborate(MemoryBench::new);
        VerilatorHarness verilator = VerilatorHarness.build(d, tmp);
        List<Design.Port> ins = verilator.inputs();
        List<BigInteger[]> vectors = new ArrayList<>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            BigInteger[] v = new BigInteger[ins.size()];
            for (int i = 0; i < v.length; i++) {
                Design.Port p = ins.get(i);
                v[i] = switch (p.name()) {
                    case "rst" -> BigInteger.valueOf(cycle < 2 || rnd.nextInt(40) == 0 ? 1 : 0);
                    case "other_rst" -> BigInteger.valueOf(rnd.nextInt(30) == 0 ? 1 : 0);
                    // a few addresses, so that reads meet recent writes and writes meet each other
                    case "waddr", "waddr2", "raddr" -> BigInteger.valueOf(rnd.nextInt(4) == 0 ? rnd.nextInt(16) : rnd.nextInt(3));
                    default -> RandomExprs.randomValue(new HwType(p.width(), p.signed()), rnd);
                };
            }
            vectors.add(v);
        }
        List<BigInteger[]> fromVerilator = verilator.run(vectors);
        Interpreter sim = new Interpreter(d);
        List<Design.Port> outs = verilator.outputs();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            BigInteger[] v = vectors.get(cycle);
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                sim.poke(ins.get(i).name(), v[i]);
                in.append(' ').append(ins.get(i).name()).append('=').append(v[i]);
            }
            for (int o = 0; o < outs.size(); o++) {
                String name = outs.get(o).name();
                assertEquals(sim.peekBig(name), fromVerilator.get(cycle)[o], name + " in cycle " + cycle
                        + " (interpreter expected, Verilator actual); inputs" + in + "\n  Verilog in " + tmp.resolve("rtl"));
            }
            sim.step();
        }
    }

    /** The Verilog's source comments name this file, VerilatorSequentialTest.java: Verilator must not take them for directives. */
    @Test void lintsCleanThoughItsSourceFileNameStartsWithVerilator() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(MemoryBench::new), tmp);
    }
}
