package io.accelforge.tpe.pe;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.Precision;

/**
 * Operand format and accumulator of a sparsity-encoding (OPT3) PE. With {@code accWidth} 0
 * the accumulator is 2W + 16 bits: exact for dot products of up to 65536 terms (the
 * output-stationary kMax default of DESIGN.md).
 */
public record SparseDigitPeParams(
        @Param(doc = "operand precision: int4, int8 or int16") Precision precision,
        @Param(doc = "signed (two's complement) operands") boolean signed,
        @Param(min = 0, max = 64, doc = "accumulator width in bits, at least 2W; 0 = 2W + 16") int accWidth) {
    public static final int DEFAULT_K_MAX = 65536;

    public SparseDigitPeParams {
        Params.require(precision != null, "parameter 'precision' is missing: give int4, int8 or int16");
        Params.check(SparseDigitPeParams.class, precision, signed, accWidth);
        requireAccumulator(accWidth, precision);
    }

    /** The accumulator width in bits, derived when {@code accWidth} is 0. */
    public int acc() { return accWidth == 0 ? precision.accWidth(DEFAULT_K_MAX) : accWidth; }

    /** The same PE with its accumulator width spelled out (what submodules are built with, so their names say it). */
    public SparseDigitPeParams resolved() { return new SparseDigitPeParams(precision, signed, acc()); }

    /** Booth digits per operand. */
    public int digits() { return SparseDigits.digitCount(precision, signed); }

    static void requireAccumulator(int accWidth, Precision precision) {
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(), "parameter 'accWidth' = " + accWidth
                + " must be 0 (derived) or at least 2*W = " + 2 * precision.bits() + " so that one product fits");
    }
}
