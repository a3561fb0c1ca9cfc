package io.accelforge.tpe.model;

import io.accelforge.tpe.Architecture;

/**
 * SCALE-Sim v2's compute cycles for a GEMM C (M x N) = A (M x K) x B (K x N) on an R x C
 * systolic array, folds run back to back with no overlap, before memory stalls:
 * <ul>
 *   <li>output stationary: ceil(M/R) * ceil(N/C) * (K + R + C - 2)</li>
 *   <li>weight stationary: ceil(K/R) * ceil(N/C) * (2R + C + M - 2)</li>
 *   <li>input stationary: ceil(K/R) * ceil(M/C) * (2R + C + N - 2)</li>
 * </ul>
 * For WS and IS the 2R counts the R cycles that fill the array with the stationary operand.
 */
public final class ScaleSim {
    private ScaleSim() {}

    public static long outputStationary(long m, long k, long n, int rows, int cols) {
        check(m, k, n, rows, cols);
        return ceilDiv(m, rows) * ceilDiv(n, cols) * (k + rows + cols - 2);
    }

    public static long weightStationary(long m, long k, long n, int rows, int cols) {
        check(m, k, n, rows, cols);
        return ceilDiv(k, rows) * ceilDiv(n, cols) * (2L * rows + cols + m - 2);
    }

    public static long inputStationary(long m, long k, long n, int rows, int cols) {
        check(m, k, n, rows, cols);
        return ceilDiv(k, rows) * ceilDiv(m, cols) * (2L * rows + cols + n - 2);
    }

    /** The count for a systolic architecture; other architectures are not SCALE-Sim's. */
    public static long cycles(Architecture arch, long m, long k, long n, int rows, int cols) {
        return switch (arch) {
            case SYSTOLIC_OS -> outputStationary(m, k, n, rows, cols);
            case SYSTOLIC_WS -> weightStationary(m, k, n, rows, cols);
            case SYSTOLIC_IS -> inputStationary(m, k, n, rows, cols);
            default -> throw new IllegalArgumentException("SCALE-Sim models systolic arrays only, not " + arch);
        };
    }

    static long ceilDiv(long x, long y) { return (x + y - 1) / y; }

    static void check(long m, long k, long n, int rows, int cols) {
        if (m < 1 || k < 1 || n < 1) throw new IllegalArgumentException("GEMM " + m + "x" + k + "x" + n + ": M, K and N must be at least 1");
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("array " + rows + "x" + cols + ": rows and columns must be at least 1");
    }
}
