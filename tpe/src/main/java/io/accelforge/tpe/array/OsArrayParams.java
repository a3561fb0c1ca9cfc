package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.PeArithmetic;
import io.accelforge.tpe.pe.PeParams;
import java.util.Objects;

/** A systolic output-stationary array: R x C PEs, each accumulating one whole dot product of up to kMax terms. */
public record OsArrayParams(
        @Param(min = 1, max = 128, doc = "rows of PEs (rows of C per tile)") int rows,
        @Param(min = 1, max = 128, doc = "columns of PEs (columns of C per tile)") int cols,
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement (else unsigned)") boolean signed,
        @Param(doc = "PE arithmetic: plain or opt1") PeKind pe,
        @Param(min = 0, max = 63, doc = "accumulator width; 0 = 2W + ceil(log2 kMax), exact up to kMax terms (at most 63 bits)") int accWidth,
        @Param(min = 1, max = Integer.MAX_VALUE, doc = "longest reduction the derived accumulator holds exactly") int kMax) {
    public OsArrayParams {
        Objects.requireNonNull(precision, "precision");
        Params.check(OsArrayParams.class, rows, cols, precision, signed, pe, accWidth, kMax);
        PeArithmetic.requireSystolic(pe);
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2 x " + precision + " = " + 2 * precision.bits());
    }

    /** rows x cols, INT8 signed, PLAIN, derived accumulator for kMax = 65536 (32 bits). */
    public OsArrayParams(int rows, int cols) { this(rows, cols, Precision.INT8, true, PeKind.PLAIN, 0, 65536); }

    /** The accumulator width in use: {@code accWidth}, or 2W + ceil(log2 kMax) when it is 0. */
    public int accBits() { return accWidth != 0 ? accWidth : precision.accWidth(kMax); }

    /** The parameters of each PE. */
    public PeParams peParams() { return new PeParams(precision, signed, pe, accBits()); }
}
