package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import java.util.ArrayList;
import java.util.List;

/**
 * A GEMM engine: one array ({@link TileUnit}, chosen by the architecture's {@link EngineAdapter})
 * with A, B and C scratchpads (synchronous-read memories, block-RAM inferable) behind the
 * engine command interface of tpe/DESIGN.md.
 *
 * <p>Commands are taken in cycles with {@code cmdValid && cmdReady}; ops ({@link Op}):
 * <ul>
 * <li>WRITE_A, WRITE_B: {@code cmdData} (lane 0 in the low bits) into word {@code cmdAddr};</li>
 * <li>COMPUTE: one fold with length {@code cmdAddr} (OS: K, WS: M, IS: N); the unit's result
 *     words are added into C (wrapping at accWidth); busy until the last is written. Length 0
 *     does nothing and sets done at once;</li>
 * <li>READ_C: {@code rspData} = C word {@code cmdAddr};</li>
 * <li>READ_STATUS: bit 0 busy, bit 1 done (sticky until the next COMPUTE), bits 15:8 the
 *     architecture, bits 23:16 the PE kind (their ordinals);</li>
 * <li>READ_CYCLES: the 64-bit count of cycles since reset at the cycle the command is taken,
 *     low half, or the high half when {@code cmdAddr} bit 0 is set;</li>
 * <li>CLEAR_C: zero C words 0 .. n-1, n = {@code cmdAddr} (0 or more than the depth: all),
 *     one word per cycle, busy meanwhile.</li>
 * </ul>
 * A read answers with {@code rspValid} and {@code rspData} one cycle after it is taken. While
 * busy, {@code cmdReady} is high only for NOP, READ_STATUS and READ_CYCLES, so a host can
 * poll; other commands wait. Addresses wrap at the scratchpad depth.
 */
public final class GemmEngine extends Module {
    public final Input cmdValid, cmdOp, cmdAddr, cmdData;
    public final Output cmdReady, rspValid, rspData;
    private final Mem aMem, bMem, cMem;
    private final TileUnit unit;
    private final CycleCounter cycles;
    private final SyncRead aRead, bRead, cRead;
    private final Reg computing, clearing, done, clearAddr, clearLeft, accValid, accAddr, accData, accLast, rspPending, rspFromWord, rspWord;
    private final Wire busy, pollable, take, accSum;

    public GemmEngine(GemmEngineParams p) {
        super(p);
        Scratchpads s = p.scratchpads();
        int w = p.w(), acc = p.acc();
        int cBits = s.cLanes() * acc;
        cmdValid = input(Bool());
        cmdOp = input(UInt(4));
        cmdAddr = input(UInt(16));
        cmdData = input(UInt(p.cmdDataBits()));
        cmdReady = output(Bool());
        rspValid = output(Bool());
        rspData = output(UInt(p.rspDataBits()));

        aMem = mem(UInt(s.aLanes() * w), s.aDepth());
        bMem = mem(UInt(s.bLanes() * w), s.bDepth());
        cMem = mem(UInt(cBits), s.cDepth());
        unit = instance(p.adapter().unit(p));
        cycles = instance(new CycleCounter(new CycleCounter.Start(0)));

        computing = reg(Bool()).init(0);
        clearing = reg(Bool()).init(0);
        done = reg(Bool()).init(0);
        busy = wire(computing.or(clearing));
        pollable = wire(cmdOp.eq(Op.NOP.code()).or(cmdOp.eq(Op.READ_STATUS.code())).or(cmdOp.eq(Op.READ_CYCLES.code())));
        cmdReady.set(busy.not().or(pollable));
        take = wire(cmdValid.and(busy.not().or(pollable)));

        // A and B: written by commands, read by the unit
        when(take.and(cmdOp.eq(Op.WRITE_A.code())), () -> aMem.write(fit(cmdAddr, s.aAddrBits()), cmdData.trunc(s.aLanes() * w)));
        when(take.and(cmdOp.eq(Op.WRITE_B.code())), () -> bMem.write(fit(cmdAddr, s.bAddrBits()), cmdData.trunc(s.bLanes() * w)));
        aRead = aMem.readSync(unit.aAddr, unit.aRead);
        bRead = bMem.readSync(unit.bAddr, unit.bRead);
        unit.aData.set(aRead);
        unit.bData.set(bRead);
        unit.start.set(take.and(cmdOp.eq(Op.COMPUTE.code())).and(cmdAddr.ne(0)));
        unit.length.set(cmdAddr);

        // C: one read port (the unit's words while computing, READ_C otherwise) and one write port
        cRead = cMem.readSync(mux(computing, unit.cAddr, fit(cmdAddr, s.cAddrBits())),
                computing.and(unit.cValid).or(take.and(cmdOp.eq(Op.READ_C.code()))));
        accValid = regNext(unit.cValid, 0);
        accLast = regNext(unit.cValid.and(unit.cLast), 0);
        accAddr = regNext(unit.cAddr);
        accData = regNext(unit.cData);
        accSum = wire(laneSums(cRead, accData, s.cLanes(), acc));
        clearAddr = reg(UInt(s.cAddrBits())).init(0);
        clearLeft = reg(UInt(s.cAddrBits() + 1)).init(0);
        when(clearing.or(accValid), () -> cMem.write(mux(clearing, clearAddr, accAddr), mux(clearing, UInt(cBits).lit(0), accSum)));

        when(take, () -> switchOn(cmdOp)
                .is(Op.COMPUTE.code(), () -> {
                    done.set(cmdAddr.eq(0));
                    computing.set(cmdAddr.ne(0));
                })
                .is(Op.CLEAR_C.code(), () -> {
                    clearing.set(1);
                    clearAddr.set(0);
                    Value all = UInt(17).lit(s.cDepth());
                    Value n = cmdAddr.zext(17);
                    clearLeft.set(mux(n.eq(0).or(n.gt(all)), all, n).trunc(s.cAddrBits() + 1));
                }));
        when(accLast, () -> {
            computing.set(0);
            done.set(1);
        });
        when(clearing, () -> {
            clearAddr.set(clearAddr.add(1));
            clearLeft.set(clearLeft.sub(1));
            when(clearLeft.eq(1), () -> clearing.set(0));
        });

        // answers, one cycle after the read is taken
        rspPending = regNext(take.and(cmdOp.eq(Op.READ_C.code()).or(cmdOp.eq(Op.READ_STATUS.code())).or(cmdOp.eq(Op.READ_CYCLES.code()))), 0);
        rspFromWord = reg(Bool()).init(0);
        rspWord = reg(UInt(32)).init(0);
        when(take, () -> {
            rspFromWord.set(cmdOp.ne(Op.READ_C.code()));
            when(cmdOp.eq(Op.READ_STATUS.code()), () -> rspWord.set(status(p)))
                    .elseWhen(cmdOp.eq(Op.READ_CYCLES.code()), () -> rspWord.set(mux(cmdAddr.bit(0), cycles.hi, cycles.lo)));
        });
        rspValid.set(rspPending);
        rspData.set(mux(rspFromWord, rspWord.zext(p.rspDataBits()), cRead.zext(p.rspDataBits())));
    }

    @Override public String moduleName() { return "GemmEngine_" + ((GemmEngineParams) params()).tag(); }

    private Value status(GemmEngineParams p) {
        return cat(UInt(8).lit(0), UInt(8).lit(p.pe().ordinal()), UInt(8).lit(p.architecture().ordinal()), UInt(6).lit(0), done, busy);
    }

    /** C word + result word, lane by lane, each wrapping at accWidth; lane 0 in the low bits. */
    private static Value laneSums(Value c, Value add, int lanes, int acc) {
        List<Value> out = new ArrayList<>(lanes);
        for (int j = lanes - 1; j >= 0; j--) out.add(c.bits((j + 1) * acc - 1, j * acc).add(add.bits((j + 1) * acc - 1, j * acc)));
        return cat(out);
    }

    /** An address field cut (or zero-extended) to an address width. */
    private static Value fit(Value addr, int bits) { return addr.width() >= bits ? addr.trunc(bits) : addr.zext(bits); }
}
