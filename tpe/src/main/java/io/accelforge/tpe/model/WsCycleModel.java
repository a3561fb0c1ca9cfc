package io.accelforge.tpe.model;

import io.accelforge.tpe.Architecture;

/**
 * The weight-stationary array ({@link io.accelforge.tpe.array.WsArray}): one fold per R x C
 * tile of B, ceil(K/R) * ceil(N/C) folds, each streaming all M rows of A: R preload cycles
 * and M + R + C - 2 streaming cycles. A fold's last result shows in the next fold's first
 * cycle, so only the GEMM's very last result adds a cycle.
 */
public record WsCycleModel(int rows, int cols) implements CycleModel {
    public WsCycleModel {
        ScaleSim.check(1, 1, 1, rows, cols);
    }

    @Override public Architecture architecture() { return Architecture.SYSTOLIC_WS; }

    @Override public long folds(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return ScaleSim.ceilDiv(k, rows) * ScaleSim.ceilDiv(n, cols);
    }

    @Override public long foldCycles(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return 2L * rows + cols + m - 2;
    }

    @Override public long arrayCycles(long m, long k, long n) { return computeCycles(m, k, n) + 1; }
}
