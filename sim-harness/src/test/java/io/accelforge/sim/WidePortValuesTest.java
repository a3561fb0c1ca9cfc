package io.accelforge.sim;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.sim.SimException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Ports of 63 and 64 bits take every value of their type, as a long or a BigInteger, and refuse the rest. */
class WidePortValuesTest {
    /** Each input copied to an output of its type. */
    static final class Copies extends Module {
        final Input u63 = input(UInt(63)), s63 = input(SInt(63)), u64 = input(UInt(64));
        final Output u63Out = output(UInt(63)), s63Out = output(SInt(63)), u64Out = output(UInt(64));

        Copies() {
            u63Out.set(u63);
            s63Out.set(s63);
            u64Out.set(u64);
        }
    }

    private static final Design COPIES = Elaborator.elaborate(Copies::new);

    @Test void aSixtyThreeBitUIntTakesEveryNonNegativeLong() {
        try (VerilatorSim v = VerilatorSim.open(COPIES)) {
            for (long x : new long[] {0, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE}) {
                v.poke("u63", x);
                assertEquals(x, v.peek("u63Out"), "poke(long) " + x);
                v.poke("u63", BigInteger.valueOf(x));
                assertEquals(BigInteger.valueOf(x), v.peekBig("u63Out"), "poke(BigInteger) " + x);
            }
        }
    }

    @Test void aSixtyThreeBitUIntRefusesNegativeValues() {
        try (VerilatorSim v = VerilatorSim.open(COPIES)) {
            assertThrows(SimException.class, () -> v.poke("u63", -1));
        }
    }

    @Test void aSixtyThreeBitSIntTakesItsWholeRangeAndNoMore() {
        try (VerilatorSim v = VerilatorSim.open(COPIES)) {
            for (long x : new long[] {-(1L << 62), -1, (1L << 62) - 1}) {
                v.poke("s63", x);
                assertEquals(x, v.peek("s63Out"), "poke " + x);
            }
            assertThrows(SimException.class, () -> v.poke("s63", 1L << 62));
        }
    }

    @Test void aSixtyFourBitUIntTakesAnyLongAsItsBitPattern() {
        try (VerilatorSim v = VerilatorSim.open(COPIES)) {
            v.poke("u64", -1L);
            assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), v.peekBig("u64Out"));
        }
    }
}
