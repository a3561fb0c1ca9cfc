package io.accelforge.sim.tb;

import java.util.List;

/** Reset ports, ports whose values a timeout reports, and the cycle limit of a testbench. */
public record TbOptions(List<String> resets, List<String> watch, long maxCycles) {
    public TbOptions {
        resets = List.copyOf(resets);
        watch = List.copyOf(watch);
        if (maxCycles < 1) throw new IllegalArgumentException("maxCycles must be >= 1");
    }

    public static TbOptions of(List<String> resets, List<String> watch) { return new TbOptions(resets, watch, 10_000_000); }

    public TbOptions withMaxCycles(long n) { return new TbOptions(resets, watch, n); }
}
