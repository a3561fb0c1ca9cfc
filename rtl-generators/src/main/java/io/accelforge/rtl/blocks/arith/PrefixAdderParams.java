package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Operand width and carry network of a parallel-prefix adder. */
public record PrefixAdderParams(
        @Param(min = 1, max = 256, doc = "operand width in bits") int width,
        @Param(doc = "prefix network that computes the carries") PrefixNetwork network) {
    public PrefixAdderParams {
        Params.check(PrefixAdderParams.class, width, network);
        Params.require(network != null, "parameter 'network' is required");
    }
}
