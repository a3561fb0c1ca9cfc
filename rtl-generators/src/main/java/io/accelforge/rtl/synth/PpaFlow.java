package io.accelforge.rtl.synth;

import io.accelforge.rtl.util.Sha256;

/**
 * The fixed choices of the one PPA flow every design goes through. Changing any of them, or
 * either script, changes {@link #scriptHash()} and so every cache key.
 */
public final class PpaFlow {
    private PpaFlow() {}

    /** Timing and power use this period when no target is given (100 MHz). */
    public static final double DEFAULT_PERIOD_NS = 10.0;
    /** Switching activity on every non-clock net: toggles per clock period. */
    public static final double ACTIVITY = 0.1;
    /** Fraction of time every non-clock net is high. */
    public static final double DUTY = 0.5;
    /** The clock that times inputs and outputs of a design without clock ports. */
    public static final String VIRTUAL_CLOCK = "virtual_clock";

    /** SHA-256 over both script templates and the constants above. */
    public static String scriptHash() {
        return new Sha256().add(YosysFlow.SCRIPT).add(YosysFlow.CONSTR).add(StaFlow.SCRIPT).add(Double.toString(DEFAULT_PERIOD_NS))
                .add(Double.toString(ACTIVITY)).add(Double.toString(DUTY)).add(VIRTUAL_CLOCK).hex();
    }
}
