package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.Matrix2dPeParams;
import java.util.List;

/** A rows x cols 2D-Matrix: outer products of a broadcast column of A and row of B, accumulated in place. */
public record Matrix2dParams(
        @Param(min = 1, max = 64, doc = "rows: elements of the A column broadcast along each row") int rows,
        @Param(min = 1, max = 64, doc = "columns: elements of the B row broadcast along each column") int cols,
        @Param(doc = "operand precision: int4, int8, int16") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(doc = "PE kind: plain (multiplier + adder per PE) or opt1 (Booth + carry-save accumulator, one adder per column)") PeKind pe,
        @Param(min = 1, max = 1 << 30, doc = "longest reduction the accumulators hold exactly") int kMax,
        @Param(min = 0, max = 64, doc = "accumulator width in bits; 0 = 2W + ceil(log2 kMax)") int accWidth) {

    public static final List<PeKind> KINDS = List.of(PeKind.PLAIN, PeKind.OPT1);

    public Matrix2dParams {
        Params.check(Matrix2dParams.class, rows, cols, precision, signed, pe, kMax, accWidth);
        Params.require(precision != null && pe != null, "parameters 'precision' and 'pe' are required");
        Params.require(KINDS.contains(pe), "parameter 'pe' = " + pe.name().toLowerCase() + " does not apply to the 2D-Matrix; it takes " + CubeParams.names(KINDS));
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2W = " + 2 * precision.bits());
        Params.require(accWidth != 0 || precision.accWidth(kMax) <= 64, "parameter 'kMax' = " + kMax + " needs a " + precision.accWidth(kMax) + "-bit accumulator; 64 is the most");
    }

    public int accumulatorWidth() { return accWidth == 0 ? precision.accWidth(kMax) : accWidth; }

    public Matrix2dPeParams peParams() { return new Matrix2dPeParams(precision, signed, accumulatorWidth()); }
}
