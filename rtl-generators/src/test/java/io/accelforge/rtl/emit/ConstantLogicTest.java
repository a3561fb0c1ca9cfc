package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.LintGate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparisons that a parameter can make constant (count >= 0, x <= max), logic over literals
 * alone, and signals assembled from constants are legal HCL; the Verilog must still pass the
 * lint gates, where Verilator -Wall flags constant unsigned comparisons (UNSIGNED, CMPCONST)
 * and iverilog -Wall an always block that reads nothing.
 */
class ConstantLogicTest {
    @TempDir Path tmp;

    static final class Thresholds extends Module {
        final Input x = input(UInt(4));
        final Output atLeastZero = output(UInt(1)), belowZero = output(UInt(1)), atMostMax = output(UInt(1)),
                aboveMax = output(UInt(1)), zeroAtMost = output(UInt(1)), foldedBound = output(UInt(1)), folded = output(UInt(6));

        Thresholds() {
            atLeastZero.set(x.ge(0));
            belowZero.set(x.lt(0));
            atMostMax.set(x.le(15));
            aboveMax.set(x.gt(15));
            zeroAtMost.set(UInt(4).lit(0).le(x));
            Value zeroFromLiterals = UInt(2).lit(0).shl(2).and(UInt(4).lit(9));   // 0, built from literals
            foldedBound.set(x.ge(zeroFromLiterals));
            folded.set(UInt(3).lit(5).mulFull(UInt(3).lit(7)).add(x.zext(6)));
        }
    }

    @Test void constantComparisonsAndLiteralOnlyLogicLintClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(Thresholds::new), tmp);
    }

    @Test void constantComparisonsKeepTheirValue() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Thresholds::new));
        for (int x = 0; x < 16; x++) {
            sim.poke("x", x);
            String in = " for x=" + x;
            assertEquals(1, sim.peek("atLeastZero"), "x >= 0" + in);
            assertEquals(0, sim.peek("belowZero"), "x < 0" + in);
            assertEquals(1, sim.peek("atMostMax"), "x <= 15" + in);
            assertEquals(0, sim.peek("aboveMax"), "x > 15" + in);
            assertEquals(1, sim.peek("zeroAtMost"), "0 <= x" + in);
            assertEquals(1, sim.peek("foldedBound"), "x >= (0 << 2) & 9" + in);
            assertEquals((35 + x) & 63, sim.peek("folded"), "5 * 7 + x" + in);
        }
    }

    /** Signals whose statements add up to a constant: built bit by bit, or overridden under a condition that is never true. */
    static final class ConstantByParts extends Module {
        final Input a = input(Bool()), b = input(UInt(3));
        final Output id = output(UInt(8)), flag = output(Bool()), gone = output(UInt(3));

        ConstantByParts() {
            for (int i = 0; i < 8; i++) id.setBit(i, Bool().lit((0xa5 >> i) & 1));
            flag.set(0);
            when(Hcl.FALSE(), () -> flag.set(a));
            gone.set(b);
            when(Hcl.TRUE(), () -> gone.set(b.shr(3)));
        }
    }

    @Test void aSignalWhoseStatementsAddUpToAConstantIsAssignedThatConstant() {
        String v = Elaborator.elaborate(ConstantByParts::new).verilog().get("ConstantByParts");
        assertTrue(v.contains("assign id = 8'd165;"), "id built bit by bit from 0xa5 in:\n" + v);
        assertTrue(v.contains("assign flag = 1'b0;"), "flag overridden only under FALSE in:\n" + v);
        assertTrue(v.contains("assign gone = 3'd0;"), "gone = b >> 3 under TRUE in:\n" + v);
    }

    /** An always @(*) that reads nothing never runs in Icarus (its outputs stay x) and iverilog -Wall warns. */
    @Test void constantsBuiltByPartsLintClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(ConstantByParts::new), tmp);
    }

    @Test void logicOverLiteralsIsWrittenAsOneLiteral() {
        Design d = Elaborator.elaborate(Thresholds::new);
        String v = d.verilog().get("Thresholds");
        assertTrue(v.contains("assign folded = (6'd35 + {2'd0, x});"), "folded constant in:\n" + v);
    }
}
