package io.accelforge.tpe.model;

import io.accelforge.tpe.array.Matrix2dParams;

/**
 * Compute cycles of the 2D-Matrix ({@link io.accelforge.tpe.array.Matrix2dArray}). A GEMM
 * M x K x N is ceil(M / rows) * ceil(N / cols) tiles; each takes K cycles of outer products
 * (no skew: the operands are broadcast), the drain pulsed with the last, and rows cycles of
 * draining, and the next tile follows at once:
 *
 * <pre>
 *   cycles = ceil(M / rows) * ceil(N / cols) * (K + rows)
 * </pre>
 *
 * counted from the first tile's first k to the cycle the last row of C shows, both included.
 */
public record Matrix2dCycleModel(Matrix2dParams p) {
    public long tiles(long m, long n) { return CubeCycleModel.ceil(m, p.rows()) * CubeCycleModel.ceil(n, p.cols()); }

    public long gemmCycles(long m, long k, long n) { return tiles(m, n) * (k + p.rows()); }

    /** One rows x cols tile of C with reduction length k. */
    public long tileCycles(long k) { return gemmCycles(p.rows(), k, p.cols()); }

    public long macsPerCycle() { return (long) p.rows() * p.cols(); }
}
