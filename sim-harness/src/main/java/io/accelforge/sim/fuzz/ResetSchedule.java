package io.accelforge.sim.fuzz;

import java.util.SplittableRandom;

/**
 * When the shared resets are high: the synchronous reset for the first cycles of about half
 * of the runs and in short random pulses, the asynchronous reset in pulses of its own (also
 * rising and falling between clock edges). Depends only on its seed.
 */
final class ResetSchedule {
    private final SplittableRandom rnd;
    private final boolean resetFirst;
    private int syncLeft;
    private int asyncLeft;

    ResetSchedule(long seed) {
        this.rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.resetFirst = rnd.nextBoolean();
    }

    /** {sync, async} reset values for cycle {@code cycle}; call once per cycle, in order. */
    boolean[] next(int cycle) {
        if (cycle == 0 && resetFirst) syncLeft = 1 + rnd.nextInt(2);
        else if (syncLeft == 0 && rnd.nextInt(16) == 0) syncLeft = 1 + rnd.nextInt(2);
        if (asyncLeft == 0 && rnd.nextInt(20) == 0) asyncLeft = 1 + rnd.nextInt(3);
        boolean[] out = {syncLeft > 0, asyncLeft > 0};
        if (syncLeft > 0) syncLeft--;
        if (asyncLeft > 0) asyncLeft--;
        return out;
    }
}
