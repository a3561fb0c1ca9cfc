package io.accelforge.sim;

import io.accelforge.sim.build.Trace;
import java.util.List;

/**
 * How to run a model: clock periods and phases (default: every clock period 2, in phase),
 * reset ports, initial state (zeros, or random from a seed as --x-initial unique), waveforms.
 */
public record SimOptions(List<ClockSpec> clocks, List<String> resets, boolean randomInit, long seed, Waveform waveform) {
    public SimOptions {
        clocks = clocks == null ? null : List.copyOf(clocks);
        resets = resets == null ? null : List.copyOf(resets);
    }

    /** Clocks and resets from the design, zero initial state, no waveform. */
    public static SimOptions defaults() { return new SimOptions(null, null, false, 0, null); }

    public SimOptions withClocks(List<ClockSpec> c) { return new SimOptions(c, resets, randomInit, seed, waveform); }
    public SimOptions withResets(List<String> r) { return new SimOptions(clocks, r, randomInit, seed, waveform); }
    /** Every register and memory starts with a value drawn from {@code s} (replay a failure with the same seed). */
    public SimOptions withRandomInit(long s) { return new SimOptions(clocks, resets, true, s, waveform); }
    public SimOptions withWaveform(Waveform w) { return new SimOptions(clocks, resets, randomInit, seed, w); }

    /**
     * A waveform file (VCD or FST by its format), limited to a scope ("" = all; e.g.
     * "TOP.cells_0_0") some levels deep (0 = all) and to a window of reference-clock cycles.
     */
    public record Waveform(java.nio.file.Path file, Trace format, String scope, int levels, long fromCycle, long toCycle) {
        public Waveform {
            if (format == Trace.NONE) throw new IllegalArgumentException("a waveform needs VCD or FST");
            if (fromCycle < 0 || toCycle < fromCycle) throw new IllegalArgumentException("waveform window " + fromCycle + ".." + toCycle + " is empty");
        }

        public static Waveform of(java.nio.file.Path file) {
            String n = file.getFileName().toString();
            return new Waveform(file, n.endsWith(".fst") ? Trace.FST : Trace.VCD, "", 0, 0, Long.MAX_VALUE);
        }

        public Waveform scoped(String s, int lv) { return new Waveform(file, format, s, lv, fromCycle, toCycle); }
        public Waveform window(long from, long to) { return new Waveform(file, format, scope, levels, from, to); }
    }
}
