package io.accelforge.tpe.model;

import io.accelforge.tpe.Precision;
import io.accelforge.tpe.array.SparseMatrixParams;
import io.accelforge.tpe.pe.SparseDigits;
import java.util.Arrays;

/**
 * Cycles of the sparse-matrix array ({@link io.accelforge.tpe.array.SparseMatrix}), which
 * depend on the data: only the encoded operand A matters, B never does.
 *
 * <ul>
 * <li>step k of a tile: max(1, max over the tile's rows r of non-zero digits of A[r][k]) - the
 *     rows are in lockstep, so the densest shared operand sets the pace (for one row, an OPT4C
 *     column, it is max(1, non-zero digits of a_k));
 * <li>tile: the sum of its K step cycles, + rows + 1 (the drain is taken in the last digit
 *     cycle; then rows cycles of output);
 * <li>GEMM M x K x N: ceil(M/rows) * ceil(N/cols) tiles back to back; rows past M are zero
 *     (no digits), and the ceil(N/cols) tiles of one row band cost the same.
 * </ul>
 * For comparison, a digit-serial PE that does not skip zero digits takes K * D cycles of steps
 * per tile (D = Booth digits per operand), and a parallel multiplier K.
 */
public final class SparseDigitCycleModel {
    private SparseDigitCycleModel() {}

    /** Cycles of one K step whose shared operands (one per row) are {@code a}. */
    public static int stepCycles(long[] a, Precision p, boolean signed) {
        int most = 0;
        for (long x : a) most = Math.max(most, SparseDigits.count(x, p, signed));
        return Math.max(1, most);
    }

    /** Compute cycles of a tile: the sum of its step cycles; {@code a} is rows x K (fewer rows are zero rows). */
    public static long computeCycles(long[][] a, int k, Precision p, boolean signed) {
        long sum = 0;
        long[] step = new long[a.length];
        for (int kk = 0; kk < k; kk++) {
            for (int r = 0; r < a.length; r++) step[r] = a[r][kk];
            sum += stepCycles(step, p, signed);
        }
        return sum;
    }

    /** Cycles of one tile from its first step offered to its last result out. */
    public static long tileCycles(SparseMatrixParams p, long[][] a, int k) {
        return computeCycles(a, k, p.precision(), p.signed()) + p.rows() + 1;
    }

    /** Cycles of C = A x B (A is M x K, B has n columns) tile by tile, back to back. */
    public static long gemmCycles(SparseMatrixParams p, long[][] a, int n) {
        int m = a.length, k = a[0].length;
        long total = 0;
        for (int i0 = 0; i0 < m; i0 += p.rows()) {
            long[][] band = Arrays.copyOfRange(a, i0, Math.min(m, i0 + p.rows()));
            total += ceilDiv(n, p.cols()) * tileCycles(p, band, k);
        }
        return total;
    }

    /** The same GEMM if no digit were skipped: every step takes D cycles. */
    public static long denseGemmCycles(SparseMatrixParams p, int m, int k, int n) {
        int d = SparseDigits.digitCount(p.precision(), p.signed());
        return (long) ceilDiv(m, p.rows()) * ceilDiv(n, p.cols()) * ((long) k * d + p.rows() + 1);
    }

    private static int ceilDiv(int x, int y) { return (x + y - 1) / y; }
}
