package io.accelforge.tpe.engine;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import io.accelforge.tpe.model.WsCycleModel;
import java.util.List;

/**
 * Weight-stationary engine: a fold is an R x C block of B (a K chunk of R rows) held in the
 * array while M rows of A stream through. B word k holds row k of the B region (lane j; the
 * unit preloads all R words, so rows past the chunk are written as zeros), A word m holds
 * row m of the A region (lane k), and the results of row m are added into C word m.
 * COMPUTE's length is M.
 */
final class WsAdapter implements EngineAdapter {
    @Override public Architecture architecture() { return Architecture.SYSTOLIC_WS; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.PLAIN, PeKind.OPT1); }

    @Override public Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth) {
        return new Scratchpads(rows, cols, cols,
                Depths.resolve("aDepth", aDepth, Depths.STREAM, 2, "a stream of one word per row of A"),
                Depths.resolve("bDepth", bDepth, Depths.pow2(rows), rows, "the preload of " + rows + " rows of B"),
                Depths.resolve("cDepth", cDepth, Depths.STREAM, 2, "one result word per row of A"));
    }

    @Override public Fold maxFold(GemmEngineParams p) {
        Scratchpads s = p.scratchpads();
        return new Fold(0, 0, 0, Depths.stream(Math.min(s.aDepth(), s.cDepth())), p.rows(), p.cols());
    }

    @Override public int length(Fold f) { return f.m(); }

    @Override public WordLayout aLayout() { return WordLayout.ROWS; }

    @Override public WordLayout bLayout() { return WordLayout.ROWS; }

    @Override public WordLayout cLayout() { return WordLayout.ROWS; }

    @Override public int aWords(GemmEngineParams p, Fold f) { return f.m(); }

    @Override public int bWords(GemmEngineParams p, Fold f) { return p.rows(); }

    @Override public int cWords(GemmEngineParams p, Fold f) { return f.m(); }

    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        return new ComputeCycles(new WsCycleModel(p.rows(), p.cols()).foldCycles(f.m(), f.k(), f.n()), 1, 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new StationaryTile(p, StationaryTile.Held.B); }
}
