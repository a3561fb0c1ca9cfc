package io.accelforge.tpe.engine;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import io.accelforge.tpe.model.OsCycleModel;
import java.util.List;

/**
 * Output-stationary engine: a fold is an R x C block of C over a K chunk. A word k holds
 * column k of the A region (lane i = row i) and B word k row k of the B region (lane j); the
 * drain adds C row i into C word i. COMPUTE's length is the K chunk.
 */
final class OsAdapter implements EngineAdapter {
    @Override public Architecture architecture() { return Architecture.SYSTOLIC_OS; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.PLAIN, PeKind.OPT1); }

    @Override public Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth) {
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

    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        OsCycleModel array = new OsCycleModel(p.rows(), p.cols());
        return new ComputeCycles(array.foldCycles(f.m(), f.k(), f.n()), array.drainCycles(), 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new OsTile(p); }
}
