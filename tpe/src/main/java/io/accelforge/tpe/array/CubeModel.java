package io.accelforge.tpe.array;

import io.accelforge.tpe.Gemm;
import java.util.ArrayList;
import java.util.List;

/**
 * Cycle-exact model of {@link CubeArray}'s ports; lane z * x + x is {@code cOut_z_x}. Both
 * kinds of PE hold the same values (OPT1's two rows add up to the plain PE's partial sum), so
 * only the latency differs.
 */
public final class CubeModel implements ArrayModel<CubeModel.In> {
    /** The inputs of one cycle: a[z][y], b[y][x] (already skewed: position y carries slice c - y) and valid. */
    public record In(long[][] a, long[][] b, boolean valid) {}

    private final CubeParams p;
    /** psum[z][y][x]: the register of PE (x, y, z). */
    private final long[][][] psum;
    /** OPT1 only: the result register after the chain's adder. */
    private final long[][] result;
    private final boolean[] validPipe;

    public CubeModel(CubeParams p) {
        this.p = p;
        psum = new long[p.z()][p.y()][p.x()];
        result = new long[p.z()][p.x()];
        validPipe = new boolean[p.latency()];
    }

    @Override public int lanes() { return p.z() * p.x(); }

    @Override public long lane(int i) {
        int z = i / p.x(), x = i % p.x();
        return p.latency() > p.y() ? result[z][x] : psum[z][p.y() - 1][x];
    }

    @Override public boolean cValid() { return validPipe[validPipe.length - 1]; }

    @Override public In idle() { return idle(p); }

    @Override public void clock(In in) {
        int cw = p.chainWidth();
        for (int z = 0; z < p.z(); z++) {
            for (int x = 0; x < p.x(); x++) {
                result[z][x] = psum[z][p.y() - 1][x];
                for (int y = p.y() - 1; y >= 0; y--) {
                    long before = y == 0 ? 0 : psum[z][y - 1][x];
                    psum[z][y][x] = Gemm.wrap(before + in.a()[z][y] * in.b()[y][x], cw, p.signed());
                }
            }
        }
        System.arraycopy(validPipe, 0, validPipe, 1, validPipe.length - 1);
        validPipe[0] = in.valid();
    }

    /** An idle cycle: zero operands, valid low. */
    public static In idle(CubeParams p) { return new In(new long[p.z()][p.y()], new long[p.y()][p.x()], false); }

    /**
     * The GEMM A (m x k) x B (k x n) as a stream of slices: for each z x x block of C (row
     * blocks outer, column blocks inner), its ceil(k / y) slices of K back to back, one slice
     * per cycle, skewed along y; operands past the matrix edges are zero. Each slice's result
     * is a partial sum of its block, picked up {@link CubeParams#latency()} cycles after it started.
     */
    public static ArrayGemmPlan<In> plan(CubeParams p, long[][] a, long[][] b) {
        int m = a.length, k = b.length, n = b[0].length;
        List<long[]> slices = new ArrayList<>();   // {row0, k0, col0}
        for (int m0 = 0; m0 < m; m0 += p.z()) {
            for (int n0 = 0; n0 < n; n0 += p.x()) {
                for (int k0 = 0; k0 < k; k0 += p.y()) slices.add(new long[] {m0, k0, n0});
            }
        }
        List<In> inputs = new ArrayList<>();
        int cycles = slices.size() + p.y() - 1;
        for (int c = 0; c < cycles; c++) {
            In in = idle(p);
            for (int y = 0; y < p.y(); y++) {
                int s = c - y;
                if (s < 0 || s >= slices.size()) continue;
                int m0 = (int) slices.get(s)[0], k0 = (int) slices.get(s)[1], n0 = (int) slices.get(s)[2];
                for (int z = 0; z < p.z(); z++) in.a()[z][y] = at(a, m0 + z, k0 + y);
                for (int x = 0; x < p.x(); x++) in.b()[y][x] = at(b, k0 + y, n0 + x);
            }
            inputs.add(new In(in.a(), in.b(), c < slices.size()));
        }
        List<ArrayGemmPlan.Pickup> pickups = new ArrayList<>();
        for (int s = 0; s < slices.size(); s++) {
            int m0 = (int) slices.get(s)[0], n0 = (int) slices.get(s)[2];
            for (int z = 0; z < p.z() && m0 + z < m; z++) {
                for (int x = 0; x < p.x() && n0 + x < n; x++) pickups.add(new ArrayGemmPlan.Pickup(s + p.latency(), CubeArray.lane(p, z, x), m0 + z, n0 + x));
            }
        }
        return new ArrayGemmPlan<>(m, n, inputs, pickups);
    }

    private static long at(long[][] mat, int i, int j) { return i < mat.length && j < mat[0].length ? mat[i][j] : 0; }
}
