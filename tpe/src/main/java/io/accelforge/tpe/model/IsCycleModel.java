package io.accelforge.tpe.model;

import io.accelforge.tpe.Architecture;

/**
 * The input-stationary array ({@link io.accelforge.tpe.array.IsArray}): one fold per R x C
 * tile of A transposed (K along the rows, M along the columns), ceil(K/R) * ceil(M/C) folds,
 * each streaming all N columns of B: R preload cycles and N + R + C - 2 streaming cycles. A
 * fold's last result shows in the next fold's first cycle, so only the GEMM's very last
 * result adds a cycle.
 */
public record IsCycleModel(int rows, int cols) implements CycleModel {
    public IsCycleModel {
        ScaleSim.check(1, 1, 1, rows, cols);
    }

    @Override public Architecture architecture() { return Architecture.SYSTOLIC_IS; }

    @Override public long folds(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return ScaleSim.ceilDiv(k, rows) * ScaleSim.ceilDiv(m, cols);
    }

    @Override public long foldCycles(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return 2L * rows + cols + n - 2;
    }

    @Override public long arrayCycles(long m, long k, long n) { return computeCycles(m, k, n) + 1; }
}
