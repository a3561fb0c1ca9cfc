package io.accelforge.rtl.blocks.cdc;

import java.util.Arrays;

/** Cycle model of {@link Synchronizer}: a shift register of {@code stages} words, in destination clock cycles. */
public final class SynchronizerModel {
    private final long[] stage;
    private final long resetValue;

    public SynchronizerModel(SynchronizerParams p) {
        stage = new long[p.stages()];
        resetValue = p.idleHigh() ? (p.width() == 64 ? -1L : (1L << p.width()) - 1) : 0;
        reset();
    }

    public void reset() { Arrays.fill(stage, resetValue); }

    public long q() { return stage[stage.length - 1]; }

    /** One destination clock edge sampling {@code d}. */
    public void step(long d) {
        System.arraycopy(stage, 0, stage, 1, stage.length - 1);
        stage[0] = d;
    }
}
