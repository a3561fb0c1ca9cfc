package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SparseDigitPeParams;
import java.util.List;
import java.util.Locale;

/**
 * A rows x cols output-stationary array of sparsity-encoding PEs ({@link SparseMatrix}).
 * {@code pe} OPT4 shares one encoder per row (OPT4C); OPT3 gives every PE its own encoder,
 * the arrangement OPT4C improves on. The accumulator holds a dot product of up to
 * {@code kMax} terms exactly: 2W + ceil(log2 kMax) bits unless {@code accWidth} says otherwise.
 */
public record SparseMatrixParams(
        @Param(min = 1, max = 64, doc = "PE rows: rows of C per tile, one shared A operand each") int rows,
        @Param(min = 1, max = 64, doc = "PE columns: columns of C per tile, one B operand each") int cols,
        @Param(doc = "operand precision: int4, int8 or int16") Precision precision,
        @Param(doc = "signed (two's complement) operands") boolean signed,
        @Param(doc = "PE kind: opt4 (one encoder per row) or opt3 (one encoder per PE)") PeKind pe,
        @Param(min = 0, max = 64, doc = "accumulator width in bits, at least 2W; 0 = 2W + ceil(log2 kMax)") int accWidth,
        @Param(min = 1, max = 1 << 30, doc = "longest dot product that accumulates exactly") int kMax) {
    /** The PE kinds this array is built of. */
    public static final List<PeKind> KINDS = List.of(PeKind.OPT3, PeKind.OPT4);

    public SparseMatrixParams {
        Params.require(precision != null, "parameter 'precision' is missing: give int4, int8 or int16");
        Params.require(pe != null, "parameter 'pe' is missing: give opt4 or opt3");
        Params.check(SparseMatrixParams.class, rows, cols, precision, signed, pe, accWidth, kMax);
        Params.require(KINDS.contains(pe), "parameter 'pe' = " + pe.name().toLowerCase(Locale.ROOT)
                + " does not apply to the sparse-matrix array; it is built of opt4 (one encoder per row) or opt3 (one encoder per PE)");
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(), "parameter 'accWidth' = " + accWidth
                + " must be 0 (derived) or at least 2*W = " + 2 * precision.bits() + " so that one product fits");
        Params.require(accWidth != 0 || precision.accWidth(kMax) <= 64, "parameter 'kMax' = " + kMax + " needs a "
                + precision.accWidth(kMax) + "-bit accumulator; at most 64 bits are supported");
    }

    /** The accumulator width in bits. */
    public int acc() { return accWidth == 0 ? precision.accWidth(kMax) : accWidth; }

    /** What each PE is (accumulator width spelled out). */
    public SparseDigitPeParams peParams() { return new SparseDigitPeParams(precision, signed, acc()); }

    /** Whether each row's PEs share one encoder. */
    public boolean sharedEncoders() { return pe == PeKind.OPT4; }
}
