package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Word width of a skid buffer. */
public record SkidBufferParams(@Param(min = 1, max = 1024, doc = "word width in bits") int width) {
    public SkidBufferParams {
        Params.check(SkidBufferParams.class, width);
    }
}
