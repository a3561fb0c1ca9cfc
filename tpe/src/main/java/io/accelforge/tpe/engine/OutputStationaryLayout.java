package io.accelforge.tpe.engine;

/**
 * The output-stationary fold layout, shared by the systolic OS engine and the sparse 2D-Matrix
 * engine: a fold is an R x C block of C over a K chunk. A word k holds column k of the A region
 * (lane i = row i) and B word k row k of the B region (lane j); the drain adds C row i into
 * C word i. COMPUTE's length is the K chunk.
 */
abstract class OutputStationaryLayout implements EngineAdapter {
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
}
