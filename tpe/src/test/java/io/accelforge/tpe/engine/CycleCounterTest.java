package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import org.junit.jupiter.api.Test;

class CycleCounterTest {
    private static void assertCountsFrom(long start, int cycles) {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new CycleCounter(new CycleCounter.Start(start))))) {
            sim.reset(1);
            for (int t = 0; t < cycles; t++) {
                long want = start + t;
                long got = sim.peek("hi") << 32 | sim.peek("lo");
                assertEquals(want, got, "counter started at 0x" + Long.toHexString(start) + ", cycle " + t + ": expected 0x" + Long.toHexString(want)
                        + ", actual 0x" + Long.toHexString(got));
                sim.step();
            }
        }
    }

    @Test void countsEveryCycleFromZeroAfterReset() { assertCountsFrom(0, 40); }

    @Test void carriesTheLowHalfIntoTheHighHalfOnTheCycleItWraps() {
        assertCountsFrom(0xFFFF_FFF0L, 40);
        assertCountsFrom(0x7_FFFF_FFFDL, 8);
    }

    @Test void wrapsCorrectlyWhenResetJustBeforeTheCarry() {
        assertCountsFrom(0xFFFF_FFFEL, 4);
        assertCountsFrom(0x1_FFFF_FFFFL, 4);
    }
}
