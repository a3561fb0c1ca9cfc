package io.accelforge.tpe.array;

import io.accelforge.rtl.sim.Simulator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs GEMMs on a simulated {@link SparseMatrix} (the interpreter or Verilator): one tile per
 * rows x cols block of C, each with the protocol of {@link SparseMatrixModel}, back to back.
 */
public final class SparseMatrixDriver {
    /** C = A x B as the array left it (wrapped to the accumulator width) and the cycles it took. */
    public record Result(long[][] c, long cycles) {}

    private SparseMatrixDriver() {}

    /** One tile: {@code a} is rows x K, {@code b} is K x cols; outputs with cycles counted from this call. */
    public static SparseMatrixModel.Run tile(Simulator sim, SparseMatrixParams p, long[][] a, long[][] b) {
        requireTile(p, a, b);
        int k = b.length;
        long start = sim.cycle();
        List<SparseMatrixModel.Output> out = new ArrayList<>();
        int next = 0;
        while (out.size() < p.rows()) {
            if (sim.peek("outValid") != 0) {
                long[] v = new long[p.cols()];
                for (int c = 0; c < p.cols(); c++) v[c] = sim.peek("cOut_" + c);
                out.add(new SparseMatrixModel.Output(sim.cycle() - start, p.rows() - 1 - out.size(), v));
            }
            boolean offer = next < k;
            sim.poke("inValid", offer ? 1 : 0);
            sim.poke("drain", offer ? 0 : 1);
            if (offer) {
                for (int r = 0; r < p.rows(); r++) sim.poke("aIn_" + r, a[r][next]);
                for (int c = 0; c < p.cols(); c++) sim.poke("bIn_" + c, b[next][c]);
                if (sim.peek("inReady") != 0) next++;
            }
            sim.step();
            if (sim.cycle() - start > 64L * (k + 2) * (p.rows() + 2)) {
                throw new IllegalStateException("tile of K = " + k + " did not finish in " + (sim.cycle() - start) + " cycles");
            }
        }
        sim.poke("drain", 0);
        return new SparseMatrixModel.Run(out, out.getLast().cycle() + 1);
    }

    /** C = A x B (A is M x K, B is K x N, any sizes): tiles of rows x cols, zero-padded at the ragged edges. */
    public static Result gemm(Simulator sim, SparseMatrixParams p, long[][] a, long[][] b) {
        int m = a.length, k = b.length, n = b[0].length;
        long[][] c = new long[m][n];
        long start = sim.cycle();
        for (int i0 = 0; i0 < m; i0 += p.rows()) {
            for (int j0 = 0; j0 < n; j0 += p.cols()) {
                long[][] at = new long[p.rows()][k], bt = new long[k][p.cols()];
                for (int r = 0; r < p.rows() && i0 + r < m; r++) at[r] = a[i0 + r];
                for (int kk = 0; kk < k; kk++) for (int cc = 0; cc < p.cols() && j0 + cc < n; cc++) bt[kk][cc] = b[kk][j0 + cc];
                long[][] ct = tile(sim, p, at, bt).c();
                for (int r = 0; r < p.rows() && i0 + r < m; r++) for (int cc = 0; cc < p.cols() && j0 + cc < n; cc++) c[i0 + r][j0 + cc] = ct[r][cc];
            }
        }
        return new Result(c, sim.cycle() - start);
    }

    static long[] column(long[][] a, int k) {
        long[] v = new long[a.length];
        for (int r = 0; r < a.length; r++) v[r] = a[r][k];
        return v;
    }

    static void requireTile(SparseMatrixParams p, long[][] a, long[][] b) {
        if (a.length != p.rows() || b.length == 0 || b[0].length != p.cols() || a[0].length != b.length) {
            throw new IllegalArgumentException("a tile of a " + p.rows() + "x" + p.cols() + " array is A " + p.rows() + "xK and B Kx"
                    + p.cols() + " with K >= 1; got A " + a.length + "x" + (a.length == 0 ? 0 : a[0].length) + " and B " + b.length + "x"
                    + (b.length == 0 ? 0 : b[0].length));
        }
    }
}
