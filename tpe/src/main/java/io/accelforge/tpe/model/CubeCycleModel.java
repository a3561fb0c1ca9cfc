package io.accelforge.tpe.model;

import io.accelforge.tpe.array.CubeParams;

/**
 * Compute cycles of the 3D-Cube ({@link io.accelforge.tpe.array.CubeArray}). A GEMM
 * M x K x N is cut into slices: for each z x x block of C, ceil(K / y) slices of K. Slices
 * enter back to back, one per cycle (the skew overlaps them), so the pipeline fills and
 * drains once per GEMM:
 *
 * <pre>
 *   slices = ceil(M / z) * ceil(N / x) * ceil(K / y)
 *   cycles = slices + latency          latency = y (PLAIN), y + 1 (OPT1)
 * </pre>
 *
 * counted from the cycle the first slice starts to the cycle its last result shows at the
 * outputs, both included. Summing the K-chunk partial sums of a block is the engine's work.
 */
public record CubeCycleModel(CubeParams p) {
    public long slices(long m, long k, long n) { return ceil(m, p.z()) * ceil(n, p.x()) * ceil(k, p.y()); }

    public long gemmCycles(long m, long k, long n) { return slices(m, k, n) + p.latency(); }

    /** One z x x block of C with reduction length k. */
    public long tileCycles(long k) { return gemmCycles(p.z(), k, p.x()); }

    /** MACs the cube does per cycle at full occupancy. */
    public long macsPerCycle() { return (long) p.x() * p.y() * p.z(); }

    static long ceil(long a, long b) { return (a + b - 1) / b; }
}
