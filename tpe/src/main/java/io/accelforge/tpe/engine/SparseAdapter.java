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
final class SparseAdapter extends OutputStationaryLayout {
    @Override public Architecture architecture() { return Architecture.MATRIX_2D; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.OPT4, PeKind.OPT3); }

    @Override public Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth) {
        Params.range("rows", rows, 1, 64);
        Params.range("cols", cols, 1, 64);
        return super.scratchpads(rows, cols, aDepth, bDepth, cDepth);
    }

    /** The steps' digit cycles ({@link SparseDigitCycleModel}), the drain request and R output rows, and the engine's 3. */
    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        if (a == null) throw new IllegalArgumentException("the " + p.tag() + " engine's cycles depend on A: give the operands");
        long[][] region = new long[f.m()][];
        for (int r = 0; r < f.m(); r++) region[r] = Arrays.copyOfRange(a[f.m0() + r], f.k0(), f.k0() + f.k());
        return new ComputeCycles(SparseDigitCycleModel.computeCycles(region, f.k(), p.precision(), p.signed()), p.rows() + 1, 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new SparseTile(p); }
}
