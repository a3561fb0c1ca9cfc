package io.accelforge.tpe.model;

import io.accelforge.tpe.array.TreeParams;

/**
 * Compute cycles of the multiplier-adder tree ({@link io.accelforge.tpe.array.TreeArray}).
 * A GEMM M x K x N is M * ceil(N / n) dot-product groups (one row of A against n columns of
 * B), each ceil(K / k) chunks; chunks enter back to back, one per cycle:
 *
 * <pre>
 *   chunks = M * ceil(N / n) * ceil(K / k)
 *   cycles = chunks + stages + 1
 * </pre>
 *
 * counted from the first chunk's cycle to the cycle the last dot products show, both
 * included. The PE kind does not change it: both kinds take the same pipeline depth.
 */
public record TreeCycleModel(TreeParams p) {
    public long chunks(long m, long k, long n) { return m * CubeCycleModel.ceil(n, p.n()) * CubeCycleModel.ceil(k, p.k()); }

    public long gemmCycles(long m, long k, long n) { return chunks(m, k, n) + p.latency(); }

    /** One row of A against n columns of B, reduction length k. */
    public long tileCycles(long k) { return gemmCycles(1, k, p.n()); }

    public long macsPerCycle() { return (long) p.k() * p.n(); }
}
