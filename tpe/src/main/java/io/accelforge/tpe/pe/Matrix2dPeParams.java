package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.Precision;

/** One 2D-Matrix PE: operand precision and signedness, accumulator width. */
public record Matrix2dPeParams(
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(min = 2, max = 64, doc = "accumulator width") int accWidth) {
    public Matrix2dPeParams {
        Params.check(Matrix2dPeParams.class, precision, signed, accWidth);
        Params.require(precision != null, "parameter 'precision' is required");
        Params.require(accWidth >= 2 * precision.bits(), "parameter 'accWidth' = " + accWidth + " must hold a product (" + 2 * precision.bits() + " bits)");
    }

    public HwType operand() { return precision.type(signed); }

    public HwType accumulator() { return signed ? SInt(accWidth) : UInt(accWidth); }
}
