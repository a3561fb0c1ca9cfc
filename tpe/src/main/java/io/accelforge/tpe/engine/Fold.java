package io.accelforge.tpe.engine;

/**
 * One COMPUTE of a GEMM: the block of C at rows m0.., columns n0.. and the reduction chunk
 * k0.., with extents m x k x n (at most the engine's {@link EngineAdapter#maxFold}).
 */
public record Fold(int m0, int k0, int n0, int m, int k, int n) {
    public Fold {
        if (m < 1 || k < 1 || n < 1) throw new IllegalArgumentException("fold extents " + m + "x" + k + "x" + n + " must be at least 1");
    }

    /** Whether this fold reads the same A region as {@code o}. */
    boolean sameA(Fold o) { return o != null && o.m0 == m0 && o.k0 == k0 && o.m == m && o.k == k; }

    /** Whether this fold reads the same B region as {@code o}. */
    boolean sameB(Fold o) { return o != null && o.k0 == k0 && o.n0 == n0 && o.k == k && o.n == n; }
}
