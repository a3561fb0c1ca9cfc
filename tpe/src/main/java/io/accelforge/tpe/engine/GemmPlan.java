package io.accelforge.tpe.engine;

/**
 * The command sequence of C = A x B (M x K times K x N) on an engine, shared by the driver
 * (which runs it) and the cycle model (which prices it). Blocks of C in row-major order
 * (M blocks outer, N blocks inner), each cleared, then its K chunks computed into it, then
 * read. A fold's A (B) region is written only when the scratchpad does not already hold it,
 * so with a single K chunk an A region is written once per row of blocks (OS, WS, IS alike).
 */
public final class GemmPlan {
    /** What the plan asks for, in order. */
    public interface Steps {
        /** CLEAR_C of {@code words} words. */
        void clearC(int words);

        /** WRITE_A of words 0..words-1 with fold f's A region. */
        void writeA(Fold f, int words);

        /** WRITE_B of words 0..words-1 with fold f's B region. */
        void writeB(Fold f, int words);

        /** COMPUTE with cmdAddr {@code length}. */
        void compute(Fold f, int length);

        /** READ_C of words 0..words-1: the results of the block of fold f (its last K chunk). */
        void readC(Fold f, int words);
    }

    private GemmPlan() {}

    public static void walk(GemmEngineParams p, int m, int k, int n, Steps s) {
        if (m < 1 || k < 1 || n < 1) throw new IllegalArgumentException("GEMM " + m + "x" + k + "x" + n + ": M, K and N must be at least 1");
        EngineAdapter ad = p.adapter();
        Fold max = ad.maxFold(p);
        Fold heldA = null, heldB = null;
        for (int m0 = 0; m0 < m; m0 += max.m()) {
            for (int n0 = 0; n0 < n; n0 += max.n()) {
                Fold f = null;
                for (int k0 = 0; k0 < k; k0 += max.k()) {
                    f = new Fold(m0, k0, n0, Math.min(max.m(), m - m0), Math.min(max.k(), k - k0), Math.min(max.n(), n - n0));
                    if (k0 == 0) s.clearC(ad.cWords(p, f));
                    if (!f.sameA(heldA)) s.writeA(f, ad.aWords(p, f));
                    if (!f.sameB(heldB)) s.writeB(f, ad.bWords(p, f));
                    heldA = f;
                    heldB = f;
                    s.compute(f, ad.length(f));
                }
                s.readC(f, ad.cLayout().words(f.m(), f.n()));
            }
        }
    }
}
