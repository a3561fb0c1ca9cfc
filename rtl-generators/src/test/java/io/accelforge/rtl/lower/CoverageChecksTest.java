package io.accelforge.rtl.lower;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.testing.Elab.assertHeadline;
import static io.accelforge.rtl.testing.Elab.clean;
import static io.accelforge.rtl.testing.Elab.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Elab.Failure;
import io.accelforge.rtl.testing.Here;
import org.junit.jupiter.api.Test;

/**
 * The per-module checks on what is left unassigned: bits never driven, latches (bits driven
 * on some paths only), registers never assigned, and duplicate switch cases. Each failing
 * design has a clean twin of the same shape.
 */
class CoverageChecksTest {
    private static final String F = "CoverageChecksTest.java:";

    // ---- undriven -----------------------------------------------------------------------

    static final class LowBitsOnly extends Module {
        final Input a = input(UInt(2));
        final Output y;
        final Output z;
        final int yAt, zAt;

        LowBitsOnly(boolean driveAll) {
            y = output(UInt(4)); yAt = Here.line();
            z = output(UInt(2)); zAt = Here.line();
            y.assignBits(1, 0, a);
            if (driveAll) {
                y.assignBits(3, 2, a);
                z.set(a);
            }
        }
    }

    @Test void undrivenReportsEachSignalAtItsDeclarationWithTheBitsNeverDriven() {
        Failure<LowBitsOnly> f = failing(() -> new LowBitsOnly(false));
        assertEquals(2, f.diagnostics().size(), f.error().getMessage());
        assertHeadline("error: undriven at " + F + f.top().yAt + ": output 'y' bits [3:2] in LowBitsOnly is never driven", f.diagnostics().get(0));
        assertHeadline("error: undriven at " + F + f.top().zAt + ": output 'z' in LowBitsOnly is never driven", f.diagnostics().get(1));
    }

    @Test void slicesThatTogetherCoverEveryBitAreFullyDriven() {
        clean(() -> new LowBitsOnly(true));
    }

    static final class LeavesChildInputOpen extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final DriverChecksTest.Passthrough inner;
        final int at;

        LeavesChildInputOpen() {
            inner = instance(new DriverChecksTest.Passthrough()); at = Here.line();
            y.set(inner.out.xor(a));
        }
    }

    @Test void anInstanceInputNeverDrivenIsReportedAtTheInstanceLine() {
        Failure<LeavesChildInputOpen> f = failing(LeavesChildInputOpen::new);
        assertHeadline("error: undriven at " + F + f.top().at + ": input 'in' of instance 'inner' (Passthrough) is never driven", f.only());
    }

    // ---- latches ------------------------------------------------------------------------

    static final class HighBitsUnderCondition extends Module {
        final Input a = input(UInt(2)), b = input(UInt(2)), en = input(Bool());
        final Output y = output(UInt(4));
        final int at;

        /** @param covered give the high bits an otherwise() too */
        HighBitsUnderCondition(boolean covered) {
            y.assignBits(1, 0, a);
            if (covered) {
                when(en, () -> y.assignBits(3, 2, b)).otherwise(() -> y.assignBits(3, 2, a));
                at = 0;
            } else {
                when(en, () -> y.assignBits(3, 2, b)); at = Here.line();
            }
        }
    }

    @Test void latchNamesTheBitsAndTheConditionThatLeavesThemUnassigned() {
        Failure<HighBitsUnderCondition> f = failing(() -> new HighBitsUnderCondition(false));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.LATCH, d.kind());
        assertHeadline("error: latch at " + F + f.top().at + ": 'y' bits [3:2] in HighBitsUnderCondition not assigned when the condition is false", d);
    }

    @Test void aWhenOtherwiseThatCoversAllBitsIsNoLatch() {
        Interpreter sim = new Interpreter(clean(() -> new HighBitsUnderCondition(true)));
        sim.poke("a", 1);
        sim.poke("b", 2);
        sim.poke("en", 1);
        assertEquals(0b1001, sim.peek("y"), "y with en=1 a=1 b=2");
        sim.poke("en", 0);
        assertEquals(0b0101, sim.peek("y"), "y with en=0 a=1 b=2");
    }

    static final class AssignedOnlyInOtherwise extends Module {
        final Input a = input(UInt(4)), en = input(Bool());
        final Wire w = wire(UInt(4));
        final Output y = output(UInt(4));
        final int at;

        AssignedOnlyInOtherwise() {
            when(en, () -> { }).otherwise(() -> w.set(a)); at = Here.line();
            y.set(w);
        }
    }

    @Test void aWireAssignedOnlyInTheOtherwiseBranchLatchesWhenTheConditionIsTrue() {
        Failure<AssignedOnlyInOtherwise> f = failing(AssignedOnlyInOtherwise::new);
        assertHeadline("error: latch at " + F + f.top().at + ": 'w' in AssignedOnlyInOtherwise not assigned when the condition is true", f.only());
    }

    static final class Decoder extends Module {
        final Input sel = input(UInt(2));
        final Output y = output(UInt(4));
        final int at;

        /** @param cases how many of the four selector values get a case (no otherwise) */
        Decoder(int cases) {
            var sw = switchOn(sel); at = Here.line();
            for (int i = 0; i < cases; i++) {
                int k = i;
                sw.is(k, () -> y.set(1L << k));
            }
        }
    }

    @Test void aSwitchMissingSomeSelectorValuesWithoutOtherwiseIsALatch() {
        Failure<Decoder> f = failing(() -> new Decoder(3));
        assertHeadline("error: latch at " + F + f.top().at + ": 'y' in Decoder not assigned in some cases of the switch", f.only());
    }

    @Test void anExhaustiveSwitchWithoutOtherwiseIsNoLatch() {
        Interpreter sim = new Interpreter(clean(() -> new Decoder(4)));
        for (int s = 0; s < 4; s++) {
            sim.poke("sel", s);
            assertEquals(1L << s, sim.peek("y"), "one-hot of sel=" + s);
        }
    }

    // ---- registers never assigned -------------------------------------------------------

    static final class StuckRegister extends Module {
        final Input a = input(UInt(4)), en = input(Bool());
        final Output y = output(UInt(8));
        final Reg r;
        final int at;

        /** @param lowOnly assign bits [3:0] only, under a condition; else never */
        StuckRegister(boolean lowOnly) {
            r = reg(UInt(8)); at = Here.line();
            if (lowOnly) when(en, () -> r.assignBits(3, 0, a));
            y.set(r);
        }
    }

    @Test void aRegisterNeverAssignedIsReportedAtItsDeclaration() {
        Failure<StuckRegister> f = failing(() -> new StuckRegister(false));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.REG_NEVER_ASSIGNED, d.kind());
        assertHeadline("error: register never assigned at " + F + f.top().at + ": register 'r' in StuckRegister is never assigned", d);
    }

    @Test void aRegisterWithSomeBitsNeverAssignedNamesThoseBits() {
        Failure<StuckRegister> f = failing(() -> new StuckRegister(true));
        assertHeadline("error: register never assigned at " + F + f.top().at + ": register 'r' bits [7:4] in StuckRegister is never assigned", f.only());
    }

    static final class EnabledCounter extends Module {
        final Input en = input(Bool());
        final Output count = output(UInt(4));

        EnabledCounter() {
            Reg r = reg(UInt(4)).init(0);
            when(en, () -> r.set(r.add(1)));
            count.set(r);
        }
    }

    @Test void aRegisterAssignedUnderAConditionHoldsOtherwiseAndIsNoLatch() {
        Interpreter sim = new Interpreter(clean(EnabledCounter::new));
        sim.reset(1);
        sim.poke("en", 1);
        sim.step(3);
        sim.poke("en", 0);
        sim.step(2);
        assertEquals(3, sim.peek("count"), "count after 3 enabled and 2 disabled cycles");
    }

    // ---- duplicate cases ----------------------------------------------------------------

    static final class RepeatedCase extends Module {
        final Input sel = input(UInt(2));
        final Output y = output(UInt(2));
        final int switchAt, firstAt, againAt;

        RepeatedCase() {
            y.set(0);
            var sw = switchOn(sel); switchAt = Here.line();
            sw.is(1, () -> y.set(1)); firstAt = Here.line();
            sw.is(2, () -> y.set(2));
            sw.is(1, () -> y.set(3)); againAt = Here.line();
        }
    }

    @Test void aCaseValueGivenTwiceIsReportedAtTheSecondWithBothLines() {
        Failure<RepeatedCase> f = failing(RepeatedCase::new);
        RepeatedCase t = f.top();
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.DUPLICATE_CASE, d.kind());
        assertHeadline("error: duplicate case at " + F + t.againAt + ": case 1 of the switch at " + F + t.switchAt
                + " already appears at " + F + t.firstAt, d);
    }

    static final class SignedCases extends Module {
        final Input sel = input(SInt(3));
        final Output y = output(UInt(2));

        SignedCases() {
            y.set(0);
            switchOn(sel).is(-1, () -> y.set(1)).is(3, () -> y.set(2)).is(-4, () -> y.set(3));
        }
    }

    @Test void signedCaseValuesWithTheSameLowBitsAsOthersAreDistinct() {
        Interpreter sim = new Interpreter(clean(SignedCases::new));
        long[][] want = {{-1, 1}, {3, 2}, {-4, 3}, {0, 0}, {-3, 0}};
        for (long[] w : want) {
            sim.poke("sel", w[0]);
            assertEquals(w[1], sim.peek("y"), "y for sel=" + w[0]);
        }
    }
}
