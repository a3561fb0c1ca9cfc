package io.accelforge.rtl.lower;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.testing.Elab.assertHeadline;
import static io.accelforge.rtl.testing.Elab.clean;
import static io.accelforge.rtl.testing.Elab.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Elab.Failure;
import io.accelforge.rtl.testing.Here;
import org.junit.jupiter.api.Test;

/**
 * The per-module driver checks on each assignment: widths and signedness, and who may drive
 * what. Each failing design has a clean twin of the same shape. (CoverageChecksTest has the
 * checks on what is left unassigned.)
 */
class DriverChecksTest {
    private static final String F = "DriverChecksTest.java:";

    // ---- width mismatch -----------------------------------------------------------------

    static final class GrowingSumIntoNarrowOutput extends Module {
        final Input a = input(UInt(8)), b = input(UInt(8));
        final Output y = output(UInt(8));
        final int at;

        GrowingSumIntoNarrowOutput(boolean truncOnPurpose) {
            if (truncOnPurpose) {
                y.set(a.addGrow(b).trunc(8));
                at = 0;
            } else {
                y.set(a.addGrow(b)); at = Here.line();
            }
        }
    }

    @Test void widthMismatchNamesTargetBothWidthsAndTheAssignmentLine() {
        Failure<GrowingSumIntoNarrowOutput> f = failing(() -> new GrowingSumIntoNarrowOutput(false));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.WIDTH_MISMATCH, d.kind());
        assertHeadline("error: width mismatch at " + F + f.top().at + ": assigning 9 bits to 'y' (8 bits)", d);
    }

    @Test void truncatingOnPurposeIsNoWidthMismatch() {
        clean(() -> new GrowingSumIntoNarrowOutput(true));
    }

    static final class UnsignedIntoSigned extends Module {
        final Input a = input(UInt(8));
        final Output s = output(SInt(8));
        final int at;

        UnsignedIntoSigned(boolean convert) {
            if (convert) {
                s.set(a.asSInt());
                at = 0;
            } else {
                s.set(a); at = Here.line();
            }
        }
    }

    @Test void signednessMismatchIsAWidthMismatchNamingBothTypes() {
        Failure<UnsignedIntoSigned> f = failing(() -> new UnsignedIntoSigned(false));
        assertHeadline("error: width mismatch at " + F + f.top().at + ": assigning UInt(8) to 's' (SInt(8))", f.only());
    }

    @Test void explicitSignConversionIsNoMismatch() {
        clean(() -> new UnsignedIntoSigned(true));
    }

    static final class WideSliceAssignment extends Module {
        final Input a = input(UInt(8));
        final Output y = output(UInt(8));
        final int at;

        WideSliceAssignment() {
            y.assignBits(7, 4, a.bits(3, 0));
            y.assignBits(3, 0, a); at = Here.line();
        }
    }

    @Test void partialAssignmentWidthMismatchShowsTheSlice() {
        Failure<WideSliceAssignment> f = failing(WideSliceAssignment::new);
        assertHeadline("error: width mismatch at " + F + f.top().at + ": assigning 8 bits to 'y'[3:0] (4 bits)", f.only());
    }

    // ---- multiple drivers ---------------------------------------------------------------

    static final class DefaultThenOverride extends Module {
        final Input a = input(UInt(4)), b = input(UInt(4)), sel = input(Bool());
        final Output y = output(UInt(4));
        final int first, second;

        /** @param overrideAlways the second assignment is unconditional (the first is dead) */
        DefaultThenOverride(boolean overrideAlways) {
            y.set(a); first = Here.line();
            if (overrideAlways) {
                y.set(b); second = Here.line();
            } else {
                when(sel, () -> y.set(b));
                second = 0;
            }
        }
    }

    @Test void anAssignmentOverwrittenOnTheSamePathIsReportedAtTheDeadOne() {
        Failure<DefaultThenOverride> f = failing(() -> new DefaultThenOverride(true));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.MULTIPLE_DRIVERS, d.kind());
        assertHeadline("error: multiple drivers at " + F + f.top().first + ": 'y' is assigned here and again at " + F + f.top().second
                + " on the same path; the later assignment wins, so this one never takes effect", d);
    }

    @Test void aDefaultOverriddenUnderAConditionIsFineAndTheLaterAssignmentWins() {
        Design d = clean(() -> new DefaultThenOverride(false));
        Interpreter sim = new Interpreter(d);
        sim.poke("a", 3);
        sim.poke("b", 12);
        sim.poke("sel", 0);
        assertEquals(3, sim.peek("y"), "y with sel=0 (a=3, b=12)");
        sim.poke("sel", 1);
        assertEquals(12, sim.peek("y"), "y with sel=1 (a=3, b=12)");
    }

    static final class AssignsItsOwnInput extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final int at;

        AssignsItsOwnInput() {
            y.set(a);
            a.set(0); at = Here.line();
        }
    }

    @Test void assigningAnInputInsideItsModuleIsAMultipleDriver() {
        Failure<AssignsItsOwnInput> f = failing(AssignsItsOwnInput::new);
        assertHeadline("error: multiple drivers at " + F + f.top().at
                + ": input 'a' of AssignsItsOwnInput is driven by its parent and cannot also be assigned inside AssignsItsOwnInput", f.only());
    }

    static final class Passthrough extends Module {
        final Input in = input(UInt(4));
        final Output out = output(UInt(4));

        Passthrough() { out.set(in); }
    }

    static final class DrivesChildOutput extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final Passthrough inner;
        final int at;

        DrivesChildOutput() {
            inner = instance(new Passthrough());
            inner.in.set(a);
            inner.out.set(a); at = Here.line();
            y.set(inner.out);
        }
    }

    @Test void drivingAnInstanceOutputFromTheParentIsAMultipleDriver() {
        Failure<DrivesChildOutput> f = failing(DrivesChildOutput::new);
        assertHeadline("error: multiple drivers at " + F + f.top().at
                + ": output 'out' of instance 'inner' is driven inside Passthrough; DrivesChildOutput can only read it", f.only());
    }

    static final class Halves extends Module {
        final Input a = input(UInt(8));
        final Output y = output(UInt(8));

        Halves() {
            y.assignBits(7, 4, a.bits(3, 0));
            y.assignBits(3, 0, a.bits(7, 4));
        }
    }

    @Test void disjointSlicesOfOneSignalAreNotMultipleDrivers() {
        Interpreter sim = new Interpreter(clean(Halves::new));
        sim.poke("a", 0x5c);
        assertEquals(0xc5, sim.peek("y"), "nibble swap of a=0x5c");
    }
}
