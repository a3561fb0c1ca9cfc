package io.accelforge.tpe.array;

import io.accelforge.tpe.Gemm;
import java.util.ArrayList;
import java.util.List;

/**
 * Cycle-exact model of {@link Matrix2dArray}'s ports; lane c is {@code cOut_c}. The OPT1
 * rows add up to the plain accumulator, so one model serves both kinds.
 */
public final class Matrix2dModel implements ArrayModel<Matrix2dModel.In> {
    /** The inputs of one cycle: a[r], b[c] and the flags. */
    public record In(long[] a, long[] b, boolean valid, boolean first, boolean drain) {}

    private final Matrix2dParams p;
    private final long[][] acc;
    private int drainLeft;

    public Matrix2dModel(Matrix2dParams p) {
        this.p = p;
        acc = new long[p.rows()][p.cols()];
    }

    @Override public int lanes() { return p.cols(); }

    /** The bottom row, draining or not (OPT1's adders below it always add). */
    @Override public long lane(int c) { return acc[p.rows() - 1][c]; }

    @Override public boolean cValid() { return drainLeft != 0; }

    @Override public In idle() { return new In(new long[p.rows()], new long[p.cols()], false, false, false); }

    @Override public void clock(In in) {
        if (drainLeft != 0) {
            for (int r = p.rows() - 1; r > 0; r--) System.arraycopy(acc[r - 1], 0, acc[r], 0, p.cols());
            acc[0] = new long[p.cols()];
            drainLeft--;
            return;
        }
        if (in.drain()) drainLeft = p.rows();
        if (in.valid()) {
            for (int r = 0; r < p.rows(); r++) {
                for (int c = 0; c < p.cols(); c++) {
                    acc[r][c] = Gemm.wrap((in.first() ? 0 : acc[r][c]) + in.a()[r] * in.b()[c], p.accumulatorWidth(), p.signed());
                }
            }
        }
    }

    /**
     * The GEMM A (m x k) x B (k x n), tile by tile (row blocks outer): k cycles of outer
     * products, the drain pulsed with the last, the next tile right after the rows cycles of
     * draining. Row rows-1-i of a tile is picked up i + 1 cycles after its drain pulse.
     */
    public static ArrayGemmPlan<In> plan(Matrix2dParams p, long[][] a, long[][] b) {
        int m = a.length, k = b.length, n = b[0].length;
        List<In> inputs = new ArrayList<>();
        List<ArrayGemmPlan.Pickup> pickups = new ArrayList<>();
        for (int m0 = 0; m0 < m; m0 += p.rows()) {
            for (int n0 = 0; n0 < n; n0 += p.cols()) {
                for (int kk = 0; kk < k; kk++) {
                    long[] av = new long[p.rows()], bv = new long[p.cols()];
                    for (int r = 0; r < p.rows() && m0 + r < m; r++) av[r] = a[m0 + r][kk];
                    for (int c = 0; c < p.cols() && n0 + c < n; c++) bv[c] = b[kk][n0 + c];
                    inputs.add(new In(av, bv, true, kk == 0, kk == k - 1));
                }
                int pulse = inputs.size() - 1;
                for (int i = 0; i < p.rows(); i++) {
                    inputs.add(new In(new long[p.rows()], new long[p.cols()], false, false, false));
                    int row = m0 + p.rows() - 1 - i;
                    for (int c = 0; c < p.cols() && n0 + c < n && row < m; c++) pickups.add(new ArrayGemmPlan.Pickup(pulse + 1 + i, c, row, n0 + c));
                }
            }
        }
        return new ArrayGemmPlan<>(m, n, inputs, pickups);
    }
}
