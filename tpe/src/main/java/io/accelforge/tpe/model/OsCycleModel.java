package io.accelforge.tpe.model;

import io.accelforge.tpe.Architecture;

/**
 * The output-stationary array ({@link io.accelforge.tpe.array.OsArray}): one fold per R x C
 * tile of C, ceil(M/R) * ceil(N/C) folds; a fold's compute phase is K + R + C - 2 cycles and
 * its R result rows then drain for R cycles before the next fold can start.
 */
public record OsCycleModel(int rows, int cols) implements CycleModel {
    public OsCycleModel {
        ScaleSim.check(1, 1, 1, rows, cols);
    }

    @Override public Architecture architecture() { return Architecture.SYSTOLIC_OS; }

    @Override public long folds(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return ScaleSim.ceilDiv(m, rows) * ScaleSim.ceilDiv(n, cols);
    }

    @Override public long foldCycles(long m, long k, long n) {
        ScaleSim.check(m, k, n, rows, cols);
        return k + rows + cols - 2;
    }

    /** Each fold: compute, then R drain cycles. */
    public long drainCycles() { return rows; }

    @Override public long arrayCycles(long m, long k, long n) { return folds(m, k, n) * (foldCycles(m, k, n) + drainCycles()); }
}
