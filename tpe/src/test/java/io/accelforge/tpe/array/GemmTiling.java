package io.accelforge.tpe.array;

import io.accelforge.tpe.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole GEMM cut into the folds of one systolic dataflow, and C put back together from the
 * folds' results (partial sums over K added for WS and IS). What the engine will do in
 * hardware, done in Java for array-level tests.
 */
final class GemmTiling {
    private GemmTiling() {}

    /** One fold: its tile, and where its C lands in the GEMM's C. */
    record Fold(Tile tile, int row0, int col0) {}

    static List<Fold> folds(Architecture arch, int rows, int cols, long[][] a, long[][] b) {
        int m = a.length, k = b.length, n = b[0].length;
        List<Fold> out = new ArrayList<>();
        switch (arch) {
            case SYSTOLIC_OS -> {
                for (int i = 0; i < m; i += rows) for (int j = 0; j < n; j += cols) out.add(new Fold(new Tile(slice(a, i, rows, 0, k), slice(b, 0, k, j, cols)), i, j));
            }
            case SYSTOLIC_WS -> {
                for (int kk = 0; kk < k; kk += rows) for (int j = 0; j < n; j += cols) out.add(new Fold(new Tile(slice(a, 0, m, kk, rows), slice(b, kk, rows, j, cols)), 0, j));
            }
            case SYSTOLIC_IS -> {
                for (int kk = 0; kk < k; kk += rows) for (int i = 0; i < m; i += cols) out.add(new Fold(new Tile(slice(a, i, cols, kk, rows), slice(b, kk, rows, 0, n)), i, 0));
            }
            default -> throw new IllegalArgumentException(arch.toString());
        }
        return out;
    }

    static List<Tile> tiles(List<Fold> folds) { return folds.stream().map(Fold::tile).toList(); }

    /** C (m x n) as the sum of every fold's observed result at its place. */
    static long[][] assemble(List<Fold> folds, ArrayRuns.Run run, int m, int n) {
        long[][] c = new long[m][n];
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            long[][] part = run.observed(f);
            for (int i = 0; i < part.length; i++) for (int j = 0; j < part[i].length; j++) c[fold.row0() + i][fold.col0() + j] += part[i][j];
        }
        return c;
    }

    /** Rows [r0, r0+nr) and columns [c0, c0+nc) of x, cut at its edges. */
    private static long[][] slice(long[][] x, int r0, int nr, int c0, int nc) {
        int rows = Math.min(nr, x.length - r0), cols = Math.min(nc, x[0].length - c0);
        long[][] s = new long[rows][cols];
        for (int i = 0; i < rows; i++) System.arraycopy(x[r0 + i], c0, s[i], 0, cols);
        return s;
    }
}
