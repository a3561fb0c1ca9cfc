package io.accelforge.tpe.engine;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import io.accelforge.tpe.model.IsCycleModel;
import java.util.List;

/**
 * Input-stationary engine: a fold is a C x R block of A (C rows of A, a K chunk of R columns)
 * held in the array, transposed, while N columns of B stream through. A word k holds column k
 * of the A region (lane m; the unit preloads all R words, so columns past the chunk are
 * written as zeros), B word n holds column n of the B region (lane k), and the results of
 * column n are added into C word n (lane m). COMPUTE's length is N.
 */
final class IsAdapter implements EngineAdapter {
    @Override public Architecture architecture() { return Architecture.SYSTOLIC_IS; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.PLAIN, PeKind.OPT1); }

    @Override public Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth) {
        return new Scratchpads(cols, rows, cols,
                Depths.resolve("aDepth", aDepth, Depths.pow2(rows), rows, "the preload of " + rows + " columns of A"),
                Depths.resolve("bDepth", bDepth, Depths.STREAM, 2, "a stream of one word per column of B"),
                Depths.resolve("cDepth", cDepth, Depths.STREAM, 2, "one result word per column of B"));
    }

    @Override public Fold maxFold(GemmEngineParams p) {
        Scratchpads s = p.scratchpads();
        return new Fold(0, 0, 0, p.cols(), p.rows(), Depths.stream(Math.min(s.bDepth(), s.cDepth())));
    }

    @Override public int length(Fold f) { return f.n(); }

    @Override public WordLayout aLayout() { return WordLayout.COLUMNS; }

    @Override public WordLayout bLayout() { return WordLayout.COLUMNS; }

    @Override public WordLayout cLayout() { return WordLayout.COLUMNS; }

    @Override public int aWords(GemmEngineParams p, Fold f) { return p.rows(); }

    @Override public int bWords(GemmEngineParams p, Fold f) { return f.n(); }

    @Override public int cWords(GemmEngineParams p, Fold f) { return f.n(); }

    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        return new ComputeCycles(new IsCycleModel(p.rows(), p.cols()).foldCycles(f.m(), f.k(), f.n()), 1, 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new StationaryTile(p, StationaryTile.Held.A); }
}
