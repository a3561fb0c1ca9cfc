package io.accelforge.sim.build;

/** Waveform support compiled into a model (off by default: tracing slows every cycle). */
public enum Trace {
    NONE, VCD, FST;

    String verilatorFlag() {
        return switch (this) {
            case NONE -> null;
            case VCD -> "--trace";
            case FST -> "--trace-fst";
        };
    }
}
