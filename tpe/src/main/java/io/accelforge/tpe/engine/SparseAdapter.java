package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import io.accelforge.tpe.model.SparseDigitCycleModel;
import java.util.Arrays;
import java.util.List;

/**
 * 2D-Matrix engine of sparsity-encoding (digit-serial) PEs ({@link io.accelforge.tpe.array.SparseMatrix},
 * OPT4 with one encoder per row, OPT3 one per PE): laid out like the output-stationary engine
 * (a fold is an R x C block of C over a K chunk; A word k = column k of A, B word k = row k of
 * B, C word i = row i of C), but a K step takes max(1, the most non-zero radix-4 digits among
 * its A operands) cycles, so COMPUTE's cycles depend on A.
 */
final class SparseAdapter implements EngineAdapter {
    @Override public Architecture architecture() { return Architecture.MATRIX_2D; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.OPT4, PeKind.OPT3); }

    @Override public Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth) {
        Params.range("rows", rows, 1, 64);
        Params.range("cols", cols, 1, 64);
        return new Scratchpads(rows, cols, cols,
                Depths.resolve("aDepth", aDepth, Depths.STREAM, 2, "a K chunk of one word per k"),
                Depths.resolve("bDepth", bDepth, Depths.STREAM, 2, "a K chunk of one word per k"),
                Depths.resolve("cDepth", cDepth, Depths.pow2(rows), rows, "the drain of " + rows + " rows"));
    }

    @Override public Fold maxFold(GemmEngineParams p) {
        Scratchpads s = p.scratchpads();
        return new Fold(0, 0, 0, p.rows(), Depths.stream(Math.min(s.aDepth(), s.bDepth())), p.cols());
    }

    @Override public int length(Fold f) { return f.k(); }

    @Override public WordLayout aLayout() { return WordLayout.COLUMNS; }

    @Override public WordLayout bLayout() { return WordLayout.ROWS; }

    @Override public WordLayout cLayout() { return WordLayout.ROWS; }

    @Override public int aWords(GemmEngineParams p, Fold f) { return f.k(); }

    @Override public int bWords(GemmEngineParams p, Fold f) { return f.k(); }

    @Override public int cWords(GemmEngineParams p, Fold f) { return p.rows(); }

    /** The steps' digit cycles ({@link SparseDigitCycleModel}), the drain request and R output rows, and the engine's 3. */
    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        if (a == null) throw new IllegalArgumentException("the " + p.tag() + " engine's cycles depend on A: give the operands");
        long[][] region = new long[f.m()][];
        for (int r = 0; r < f.m(); r++) region[r] = Arrays.copyOfRange(a[f.m0() + r], f.k0(), f.k0() + f.k());
        return new ComputeCycles(SparseDigitCycleModel.computeCycles(region, f.k(), p.precision(), p.signed()), p.rows() + 1, 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new SparseTile(p); }
}
