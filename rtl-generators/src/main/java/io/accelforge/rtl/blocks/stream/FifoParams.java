package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Word width and capacity of a synchronous FIFO; the capacity is a power of two so the pointers wrap for free. */
public record FifoParams(
        @Param(min = 1, max = 1024, doc = "word width in bits") int width,
        @Param(min = 2, max = 65536, doc = "words held (a power of two)") int depth) {
    public FifoParams {
        Params.check(FifoParams.class, width, depth);
        Params.require(Integer.bitCount(depth) == 1, "parameter 'depth' = " + depth + " is not a power of two; use "
                + Integer.highestOneBit(depth) + " or " + (Integer.highestOneBit(depth) << 1));
    }
}
