package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.Ref;
import io.accelforge.rtl.testing.VerilatorHarness;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-two copies of a comparison or reduction (a one-bit sign extended to 33 bits, or a
 * repeat(32)) inside a 33..64-bit value keep the bits beside them: Verilator 5.006 built with
 * -fno-expand once set every higher bit of the C++ word (VerilatorOperatorTest, seed 13425388091204).
 */
class ThirtyTwoCopiesOfABitTest {
    private static final ExternalTool VVP = new ExternalTool("vvp", "iverilog", List.of("-V"));

    @TempDir Path tmp;

    /** Under when(), so that Verilator computes the expressions in place in an always block, where it went wrong. */
    static final class CopiesOfABit extends Module {
        final Input en = input(Bool()), a = input(SInt(33)), x = input(UInt(4)), y = input(UInt(4)), z = input(UInt(4));
        final Output signExtendedLeMatches = output(Bool()), zOverCopiesOfNe = output(UInt(36)), zOverCopiesOfOrR = output(UInt(36));

        CopiesOfABit() {
            signExtendedLeMatches.set(Bool().lit(0));
            zOverCopiesOfNe.set(UInt(36).lit(0));
            zOverCopiesOfOrR.set(UInt(36).lit(0));
            when(en, () -> {
                signExtendedLeMatches.set(a.eq(x.le(y).asSInt().sext(33)));
                zOverCopiesOfNe.set(z.cat(x.ne(y).repeat(32)));
                zOverCopiesOfOrR.set(z.cat(y.orR().repeat(32)));
            });
        }
    }

    /** Inputs en, a, x, y, z; outputs as declared. */
    private static final List<BigInteger[]> VECTORS = List.of(
            nums(1, -1, 2, 3, 5), nums(1, -1, 3, 2, 5), nums(1, 0, 3, 3, 10), nums(1, 1, 0, 0, 0), nums(0, -1, 2, 3, 5));
    private static final List<BigInteger[]> EXPECTED = List.of(
            nums(1, 0x5_ffff_ffffL, 0x5_ffff_ffffL), nums(0, 0x5_ffff_ffffL, 0x5_ffff_ffffL),
            nums(0, 0xa_0000_0000L, 0xa_ffff_ffffL), nums(0, 0, 0), nums(0, 0, 0));

    @Test void verilatorAndTheInterpreterKeepTheBitsBesideThirtyTwoCopies() throws Exception {
        Design d = Elaborator.elaborate(CopiesOfABit::new);
        VerilatorHarness verilator = VerilatorHarness.build(d, tmp);
        assertEquals(List.of("en", "a", "x", "y", "z"), verilator.inputs().stream().map(Design.Port::name).toList(), "harness input order");
        List<BigInteger[]> fromVerilator = verilator.run(VECTORS);
        try (Interpreter sim = new Interpreter(d)) {
            for (int v = 0; v < VECTORS.size(); v++) {
                BigInteger[] in = VECTORS.get(v);
                for (int i = 0; i < in.length; i++) sim.poke(verilator.inputs().get(i).name(), in[i]);
                for (int o = 0; o < EXPECTED.get(v).length; o++) {
                    String port = verilator.outputs().get(o).name();
                    String where = port + " for inputs " + List.of(in) + " in\n" + d.verilog().get("CopiesOfABit");
                    assertEquals(EXPECTED.get(v)[o], sim.peekBig(port), "interpreter: " + where);
                    assertEquals(EXPECTED.get(v)[o], fromVerilator.get(v)[o], "Verilator: " + where);
                }
            }
        }
    }

    /** The all-ones-or-zero choice that replaces {32{bit}} passes verilator -Wall, iverilog -Wall and yosys. */
    @Test void lintsClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(CopiesOfABit::new), tmp);
    }

    /** Icarus follows IEEE 1364-2005 on the emitted text: the reference for the Verilog itself. */
    @Test void icarusComputesTheSameFromTheEmittedVerilog() throws Exception {
        Design d = Elaborator.elaborate(CopiesOfABit::new);
        Path rtl = tmp.resolve("rtl");
        DesignWriter.write(d, rtl, "copies", Map.of());
        List<Design.Port> ins = d.portDescriptions().stream().filter(p -> !p.direction().equals("output")).toList();
        List<Design.Port> outs = d.portDescriptions().stream().filter(p -> p.direction().equals("output")).toList();
        StringBuilder tb = new StringBuilder("module tb;\n");
        for (Design.Port p : ins) tb.append("    reg ").append(VerilogText.range(p.width())).append(p.name()).append(";\n");
        for (Design.Port p : outs) tb.append("    wire ").append(VerilogText.range(p.width())).append(p.name()).append(";\n");
        tb.append("    CopiesOfABit dut(");
        List<String> conns = new ArrayList<>();
        for (Design.Port p : d.portDescriptions()) conns.add("." + p.name() + "(" + p.name() + ")");
        tb.append(String.join(", ", conns)).append(");\n    initial begin\n");
        for (BigInteger[] v : VECTORS) {
            for (int i = 0; i < ins.size(); i++) {
                tb.append("        ").append(ins.get(i).name()).append(" = ").append(ins.get(i).width()).append("'h")
                        .append(Ref.pattern(v[i], ins.get(i).width()).toString(16)).append(";\n");
            }
            tb.append("        #1 $display(\"").append("%h ".repeat(outs.size()).trim()).append("\"");
            for (Design.Port p : outs) tb.append(", ").append(p.name());
            tb.append(");\n");
        }
        tb.append("    end\nendmodule\n");
        Files.writeString(tmp.resolve("tb.v"), tb);
        List<String> args = new ArrayList<>(List.of("-g2005", "-o", tmp.resolve("sim.vvp").toString(), tmp.resolve("tb.v").toString()));
        try (var files = Files.list(rtl)) {
            files.filter(f -> f.toString().endsWith(".v")).forEach(f -> args.add(f.toString()));
        }
        ToolResult built = ExternalTool.IVERILOG.run(args, tmp, Duration.ofMinutes(1), tmp.resolve("iverilog.log"));
        assertTrue(built.ok(), "iverilog:\n" + built.output());
        ToolResult ran = VVP.run(List.of("-n", tmp.resolve("sim.vvp").toString()), tmp, Duration.ofMinutes(1), tmp.resolve("vvp.log"));
        assertTrue(ran.ok(), "vvp:\n" + ran.output());
        List<String> lines = ran.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(VECTORS.size(), lines.size(), "one line per vector:\n" + ran.output());
        for (int v = 0; v < VECTORS.size(); v++) {
            String[] got = lines.get(v).trim().split(" ");
            for (int o = 0; o < outs.size(); o++) {
                assertEquals(EXPECTED.get(v)[o], new BigInteger(got[o], 16), "Icarus: " + outs.get(o).name() + " for inputs " + List.of(VECTORS.get(v)));
            }
        }
    }

    private static BigInteger[] nums(long... v) {
        BigInteger[] b = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) b[i] = BigInteger.valueOf(v[i]);
        return b;
    }
}
