package io.accelforge.rtl.elab;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.testing.Here;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Misuse of the construction API fails at once, while building, at the generator's own line:
 * mixing signedness, slicing out of range, constants that do not fit, non-Bool conditions,
 * and modules built without instance(). (These modules live outside package hcl: locations
 * skip the frames of that package, the library's own.)
 */
class ConstructionErrorsTest {
    private static final String F = "ConstructionErrorsTest.java:";
    /** The line of the statement that is about to fail, set on that same line. */
    private static int at;

    private static HclException failing(Supplier<? extends Module> make) {
        return assertThrows(HclException.class, () -> Elaborator.elaborate(make));
    }

    static final class MixesSignedness extends Module {
        MixesSignedness() {
            Input u = input(UInt(4));
            Input s = input(SInt(4));
            at = Here.line(); u.add(s);
        }
    }

    @Test void mixingUIntAndSIntNamesBothTypesAndHowToConvert() {
        HclException e = failing(MixesSignedness::new);
        assertEquals("error at " + F + at + ": cannot add UInt(4) and SInt(4)\n"
                + "       fix: convert one side explicitly: .asSInt() / .asUInt(), extending first (zext(w+1).asSInt()) to keep the value",
                e.getMessage());
    }

    static final class SlicesPastTheTop extends Module {
        SlicesPastTheTop() {
            Input a = input(UInt(8));
            at = Here.line(); a.bits(8, 1);
        }
    }

    @Test void aSliceOutOfRangeGivesTheValidIndices() {
        HclException e = failing(SlicesPastTheTop::new);
        assertEquals(F + at, e.loc().toString(), "location");
        assertEquals("bits(8, 1) out of range for UInt(8)", e.problem());
        assertEquals("use indices within 0..7", e.fix());
    }

    static final class ConstantTooBig extends Module {
        ConstantTooBig() {
            Input a = input(UInt(8));
            at = Here.line(); a.add(256);
        }
    }

    @Test void aConstantThatDoesNotFitTheValuesTypeGivesTheRange() {
        HclException e = failing(ConstantTooBig::new);
        assertEquals(F + at, e.loc().toString(), "location");
        assertEquals("constant 256 does not fit UInt(8) (0..255)", e.problem());
    }

    static final class WideCondition extends Module {
        WideCondition() {
            Input a = input(UInt(4));
            Output y = output(UInt(4));
            y.set(0);
            at = Here.line(); when(a, () -> y.set(a));
        }
    }

    @Test void aWhenConditionMustBeOneBit() {
        HclException e = failing(WideCondition::new);
        assertEquals(F + at, e.loc().toString(), "location");
        assertEquals("when() condition must be 1 bit, got UInt(4)", e.problem());
        assertEquals("reduce it first, e.g. .orR() or .ne(0)", e.fix());
    }

    static final class Leaf extends Module {
        final Output y = output(Bool());

        Leaf() { y.set(1); }
    }

    static final class ForgetsInstance extends Module {
        ForgetsInstance() {
            output(Bool()).set(0);
            at = Here.line(); new Leaf();
        }
    }

    @Test void aSubmoduleBuiltWithoutInstanceIsNamedWithItsLine() {
        HclException e = failing(ForgetsInstance::new);
        assertEquals("module(s) built but never instantiated: Leaf built at " + F + at, e.problem());
        assertEquals("wrap each submodule construction in instance(new ...) right away", e.fix());
    }

    @Test void aModuleBuiltOutsideAnElaborationSaysHowToBuildIt() {
        HclException e = assertThrows(HclException.class, Leaf::new);
        assertEquals("module Leaf constructed outside an elaboration", e.problem());
        assertEquals("build it with Elaborator.elaborate(() -> new Leaf(...))", e.fix());
    }

    static final class WrongAddressWidth extends Module {
        WrongAddressWidth() {
            Input addr = input(UInt(4));
            Mem m = mem(UInt(8), 8);
            at = Here.line(); m.readAsync(addr);
        }
    }

    @Test void aMemoryAddressMustHaveTheMemorysAddressWidth() {
        HclException e = failing(WrongAddressWidth::new);
        assertEquals(F + at, e.loc().toString(), "location");
        assertEquals("address of 4 bits for memory of depth 8 (needs 3)", e.problem());
    }
}
