package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Operand width of an adder. */
public record AdderParams(@Param(min = 1, max = 256, doc = "operand width in bits") int width) {
    public AdderParams {
        Params.check(AdderParams.class, width);
    }
}
