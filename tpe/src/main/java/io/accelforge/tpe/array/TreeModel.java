package io.accelforge.tpe.array;

import io.accelforge.tpe.Gemm;
import java.util.ArrayList;
import java.util.List;

/**
 * Cycle-exact model of {@link TreeArray}'s ports; lane j is {@code cOut_j}. The tiles' pipeline
 * registers are a delay line of {@code stages} chunks (both kinds carry the exact dot product
 * through it, in whatever form), then the accumulators.
 */
public final class TreeModel implements ArrayModel<TreeModel.In> {
    /** The inputs of one cycle: a[i], b[j][i] (tile j's values) and the flags. */
    public record In(long[] a, long[][] b, boolean valid, boolean first, boolean last) {}

    private record Chunk(long[] dot, boolean valid, boolean first, boolean last) {}

    private final TreeParams p;
    private final List<Chunk> pipe = new ArrayList<>();
    private final long[] acc;
    private boolean cValid;

    public TreeModel(TreeParams p) {
        this.p = p;
        acc = new long[p.n()];
        for (int s = 0; s < p.stages(); s++) pipe.add(new Chunk(new long[p.n()], false, false, false));
    }

    @Override public int lanes() { return p.n(); }

    @Override public long lane(int j) { return acc[j]; }

    @Override public boolean cValid() { return cValid; }

    @Override public In idle() { return new In(new long[p.k()], new long[p.n()][p.k()], false, false, false); }

    @Override public void clock(In in) {
        long[] dot = new long[p.n()];
        for (int j = 0; j < p.n(); j++) for (int i = 0; i < p.k(); i++) dot[j] += in.a()[i] * in.b()[j][i];
        pipe.add(new Chunk(dot, in.valid(), in.first(), in.last()));
        Chunk c = pipe.removeFirst();
        if (c.valid()) {
            for (int j = 0; j < p.n(); j++) acc[j] = Gemm.wrap((c.first() ? 0 : acc[j]) + c.dot()[j], p.accumulatorWidth(), p.signed());
        }
        cValid = c.valid() && c.last();
    }

    /**
     * The GEMM A (m x k) x B (k x n): for each row of A and each block of n columns (rows
     * outer), its ceil(K / k) chunks back to back, first and last flagged; tile j takes
     * column n0 + j of B. The dot products are picked up {@link TreeParams#latency()} cycles
     * after their last chunk.
     */
    public static ArrayGemmPlan<In> plan(TreeParams p, long[][] a, long[][] b) {
        int m = a.length, k = b.length, n = b[0].length;
        List<In> inputs = new ArrayList<>();
        List<ArrayGemmPlan.Pickup> pickups = new ArrayList<>();
        for (int row = 0; row < m; row++) {
            for (int n0 = 0; n0 < n; n0 += p.n()) {
                for (int k0 = 0; k0 < k; k0 += p.k()) {
                    long[] av = new long[p.k()];
                    long[][] bv = new long[p.n()][p.k()];
                    for (int i = 0; i < p.k() && k0 + i < k; i++) {
                        av[i] = a[row][k0 + i];
                        for (int j = 0; j < p.n() && n0 + j < n; j++) bv[j][i] = b[k0 + i][n0 + j];
                    }
                    boolean last = k0 + p.k() >= k;
                    inputs.add(new In(av, bv, true, k0 == 0, last));
                }
                for (int j = 0; j < p.n() && n0 + j < n; j++) pickups.add(new ArrayGemmPlan.Pickup(inputs.size() - 1 + p.latency(), j, row, n0 + j));
            }
        }
        return new ArrayGemmPlan<>(m, n, inputs, pickups);
    }
}
