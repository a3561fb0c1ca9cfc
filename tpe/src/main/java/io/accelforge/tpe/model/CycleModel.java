package io.accelforge.tpe.model;

import io.accelforge.tpe.Architecture;

/**
 * How many cycles a systolic array spends on a GEMM C (M x N) = A (M x K) x B (K x N), folds
 * back to back with no overlap. A fold is one tile of the array's dataflow; every fold of a
 * GEMM takes the same number of cycles (a ragged edge fold is padded with zeros).
 *
 * <p>What is counted, fold by fold, from the fold's first input cycle (cycle 0):
 * {@link #foldCycles} is the compute phase, defined as the cycle at which the result of the
 * fold's last multiply-accumulate first shows at the array's outputs when every control input
 * comes at its earliest cycle. For WS and IS that includes the R preload cycles. It equals
 * SCALE-Sim's per-fold count, so {@link #computeCycles} equals {@link ScaleSim}.
 * {@link #arrayCycles} adds what the array itself needs beyond that before the next fold or
 * the end: the output-stationary drain (R cycles per fold), the last stationary result's
 * output cycle (one per GEMM). Loads into the array, skew and deskew belong to the engine.
 */
public sealed interface CycleModel permits OsCycleModel, WsCycleModel, IsCycleModel {
    static CycleModel of(Architecture arch, int rows, int cols) {
        return switch (arch) {
            case SYSTOLIC_OS -> new OsCycleModel(rows, cols);
            case SYSTOLIC_WS -> new WsCycleModel(rows, cols);
            case SYSTOLIC_IS -> new IsCycleModel(rows, cols);
            default -> throw new IllegalArgumentException("no systolic cycle model for " + arch);
        };
    }

    Architecture architecture();

    int rows();

    int cols();

    /** Folds of the GEMM. */
    long folds(long m, long k, long n);

    /** Compute cycles of one fold (preload included for WS and IS). */
    long foldCycles(long m, long k, long n);

    /** Compute cycles of the whole GEMM: folds x fold cycles, SCALE-Sim's count. */
    default long computeCycles(long m, long k, long n) { return folds(m, k, n) * foldCycles(m, k, n); }

    /** Cycles from the first fold's first input to just after the GEMM's last result leaves the array. */
    long arrayCycles(long m, long k, long n);
}
