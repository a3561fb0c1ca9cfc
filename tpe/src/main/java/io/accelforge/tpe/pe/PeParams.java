package io.accelforge.tpe.pe;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.Objects;

/** One systolic PE: operand precision and signedness, arithmetic kind, and the width of what it accumulates. */
public record PeParams(
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement (else unsigned)") boolean signed,
        @Param(doc = "arithmetic: plain MAC or OPT1 carry-save accumulation") PeKind pe,
        @Param(min = 8, max = 63, doc = "accumulator (OS) or partial-sum (WS/IS) width, at least twice the precision") int accWidth) {
    public PeParams {
        Objects.requireNonNull(precision, "precision");
        Params.check(PeParams.class, precision, signed, pe, accWidth);
        PeArithmetic.requireSystolic(pe);
        Params.require(accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be at least 2 x " + precision + " = " + 2 * precision.bits() + " (a full product)");
    }

    /** The arithmetic these parameters describe. */
    public PeArithmetic arithmetic() { return PeArithmetic.of(pe, precision, signed, accWidth); }
}
