package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.PeArithmetic;
import io.accelforge.tpe.pe.PeParams;
import java.util.Objects;

/**
 * A systolic weight- or input-stationary array: R x C PEs; the rows reduce R products into a
 * partial sum (longer reductions are summed by the engine).
 */
public record StationaryArrayParams(
        @Param(min = 1, max = 128, doc = "rows of PEs (the reduction length of one fold)") int rows,
        @Param(min = 1, max = 128, doc = "columns of PEs") int cols,
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement (else unsigned)") boolean signed,
        @Param(doc = "PE arithmetic: plain or opt1") PeKind pe,
        @Param(min = 0, max = 63, doc = "partial-sum width; 0 = 2W + ceil(log2 rows), exact") int accWidth) {
    public StationaryArrayParams {
        Objects.requireNonNull(precision, "precision");
        Params.check(StationaryArrayParams.class, rows, cols, precision, signed, pe, accWidth);
        PeArithmetic.requireSystolic(pe);
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2 x " + precision + " = " + 2 * precision.bits());
    }

    /** rows x cols, INT8 signed, PLAIN, derived partial-sum width. */
    public StationaryArrayParams(int rows, int cols) { this(rows, cols, Precision.INT8, true, PeKind.PLAIN, 0); }

    /** The partial-sum width in use: {@code accWidth}, or 2W + ceil(log2 rows) when it is 0. */
    public int accBits() { return accWidth != 0 ? accWidth : precision.accWidth(rows); }

    /** The parameters of each PE. */
    public PeParams peParams() { return new PeParams(precision, signed, pe, accBits()); }
}
