package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Operand widths and signedness of a radix-4 Booth partial-product generator. */
public record BoothParams(
        @Param(min = 1, max = 64, doc = "multiplicand (a) width in bits") int widthA,
        @Param(min = 1, max = 64, doc = "multiplier (b) width in bits, the one that is recoded") int widthB,
        @Param(doc = "operands are two's complement") boolean signed) {
    public BoothParams {
        Params.check(BoothParams.class, widthA, widthB, signed);
    }

    public BoothLayout layout() { return new BoothLayout(widthA, widthB, signed); }
}
