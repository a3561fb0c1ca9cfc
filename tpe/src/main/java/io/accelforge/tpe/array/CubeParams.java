package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;

/**
 * A 3D-Cube of x * y * z MACs. PE (x, y, z) multiplies A[z][y] by B[y][x]; the y PEs of one
 * (z, x) form a chain that sums a slice of K = y products. One slice is a z x y block of A
 * and a y x x block of B; its result is the z x x block of partial sums.
 */
public record CubeParams(
        @Param(min = 1, max = 32, doc = "columns of B and C per slice (the N axis); B[y][x] is broadcast along z") int x,
        @Param(min = 1, max = 32, doc = "chain length along K: products summed per slice") int y,
        @Param(min = 1, max = 32, doc = "rows of A and C per slice (the M axis); A[z][y] is broadcast along x") int z,
        @Param(doc = "operand precision: int4, int8, int16") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(doc = "PE kind: plain (multiplier + adder per PE) or opt1 (Booth + carry-save chain, one adder per chain)") PeKind pe,
        @Param(min = 0, max = 64, doc = "partial-sum width in bits; 0 = 2W + ceil(log2 y), exact") int accWidth) {

    /** The PE kinds a cube is built with. */
    public static final List<PeKind> KINDS = List.of(PeKind.PLAIN, PeKind.OPT1);

    public CubeParams {
        Params.check(CubeParams.class, x, y, z, precision, signed, pe, accWidth);
        Params.require(precision != null && pe != null, "parameters 'precision' and 'pe' are required");
        Params.require(KINDS.contains(pe), "parameter 'pe' = " + pe.name().toLowerCase() + " does not apply to the 3D-Cube; it takes " + names(KINDS));
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2W = " + 2 * precision.bits());
    }

    /** Width of the partial sums along a chain and of the results. */
    public int chainWidth() { return accWidth == 0 ? precision.accWidth(y) : accWidth; }

    /**
     * Cycles from a slice's first operands (chain position 0) to its result at {@code cOut}:
     * one register per chain position, plus, for OPT1, the register after the chain's
     * carry-propagate adder.
     */
    public int latency() { return pe == PeKind.OPT1 ? y + 1 : y; }

    static String names(List<PeKind> kinds) {
        return String.join(", ", kinds.stream().map(k -> k.name().toLowerCase()).toList());
    }
}
