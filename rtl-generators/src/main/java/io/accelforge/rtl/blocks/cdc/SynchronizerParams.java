package io.accelforge.rtl.blocks.cdc;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/**
 * A flop-chain synchroniser: how many bits, how many flops, and the level the flops reset to
 * (high for lines that idle high, such as a UART receive line).
 */
public record SynchronizerParams(
        @Param(min = 1, max = 64, doc = "bits carried; more than one is safe only for Gray-coded values") int width,
        @Param(min = 2, max = 4, doc = "flops in the chain (latency in destination clock cycles)") int stages,
        @Param(doc = "reset every flop to all ones instead of zero") boolean idleHigh) {
    public SynchronizerParams {
        Params.check(SynchronizerParams.class, width, stages, idleHigh);
    }

    /** A single-bit synchroniser. */
    public static SynchronizerParams bit(int stages, boolean idleHigh) { return new SynchronizerParams(1, stages, idleHigh); }
}
