package io.accelforge.fpga.flow;

import java.nio.file.Path;

/** How to run the open flow: target frequency, nextpnr seed, whether a timing miss still gives a bitstream, where files go. */
public record FlowOptions(double targetMhz, long seed, boolean allowTimingFail, Path outDir) {
    public static final long DEFAULT_SEED = 1;
}
