package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.Precision;

/** One 3D-Cube PE: operand precision and signedness, and the width of the partial sums it passes on. */
public record CubePeParams(
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(min = 2, max = 64, doc = "partial-sum width along the chain") int chainWidth) {
    public CubePeParams {
        Params.check(CubePeParams.class, precision, signed, chainWidth);
        Params.require(precision != null, "parameter 'precision' is required");
        Params.require(chainWidth >= 2 * precision.bits(), "parameter 'chainWidth' = " + chainWidth + " must hold a product (" + 2 * precision.bits() + " bits)");
    }

    public HwType operand() { return precision.type(signed); }

    /** The partial sum of a plain chain: signed like the operands. */
    public HwType partialSum() { return signed ? SInt(chainWidth) : UInt(chainWidth); }
}
