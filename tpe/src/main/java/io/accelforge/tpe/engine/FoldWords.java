package io.accelforge.tpe.engine;

/**
 * The scratchpad words of a fold, for any host that runs {@link GemmPlan} (the driver over a
 * simulator, a host over the FPGA shell): operand words from the matrices, result words back
 * into C, both by the architecture's {@link WordLayout}s.
 */
public final class FoldWords {
    private FoldWords() {}

    /** Word {@code word} of fold f's A region: lanes from A, zero outside the region. */
    public static void a(EngineAdapter ad, long[][] a, Fold f, int word, long[] lanes) {
        operand(ad.aLayout(), a, f.m0(), f.k0(), f.m(), f.k(), word, lanes);
    }

    /** Word {@code word} of fold f's B region. */
    public static void b(EngineAdapter ad, long[][] b, Fold f, int word, long[] lanes) {
        operand(ad.bLayout(), b, f.k0(), f.n0(), f.k(), f.n(), word, lanes);
    }

    /** C word {@code word} of fold f's block (lanes as read) into c; lanes outside the block are dropped. */
    public static void c(EngineAdapter ad, long[] lanes, Fold f, int word, long[][] c) {
        WordLayout layout = ad.cLayout();
        for (int l = 0; l < lanes.length; l++) {
            int r = layout.row(word, l), col = layout.col(word, l);
            if (r < f.m() && col < f.n()) c[f.m0() + r][f.n0() + col] = lanes[l];
        }
    }

    private static void operand(WordLayout layout, long[][] x, int r0, int c0, int rows, int cols, int word, long[] lanes) {
        for (int l = 0; l < lanes.length; l++) {
            int r = layout.row(word, l), col = layout.col(word, l);
            lanes[l] = r < rows && col < cols ? x[r0 + r][c0 + col] : 0;
        }
    }
}
