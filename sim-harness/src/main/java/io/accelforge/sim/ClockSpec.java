package io.accelforge.sim;

/**
 * A clock input toggled by the simulator: low for the first half period, rising edges at
 * period/2 + phase + k*period (time units; period even, phase below period).
 */
public record ClockSpec(String port, long period, long phase) {
    public ClockSpec {
        if (period < 2 || period % 2 != 0) throw new IllegalArgumentException("clock '" + port + "': period must be even and >= 2, got " + period);
        if (phase < 0 || phase >= period) throw new IllegalArgumentException("clock '" + port + "': phase must be 0.." + (period - 1) + ", got " + phase);
    }
}
