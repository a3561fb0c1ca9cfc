package io.accelforge.tpe.array;

import java.util.List;

/**
 * The golden {@link WsArray}: for folds run back to back with no overlap (fold f+1 starts
 * {@link #foldCycles} after fold f), every input at every cycle and every output the array
 * must show. Fold-local cycles: load at t = 0..R-1 with B[R-1-t][j] on bIn_j; valid at
 * t = R..R+M-1; A[m][i] on aIn_i at t = R + m + i; C[m][j] on cOut_j with cValid_j at
 * t = 2R + m + j. Rows of B past K and columns past N are zero, as are A's columns past K.
 */
public final class WsArrayModel {
    private final StationaryArrayParams p;

    public WsArrayModel(StationaryArrayParams p) { this.p = p; }

    /** Cycles of a fold streaming M rows of A, preload included (SCALE-Sim's WS count); its last result shows at this fold-local cycle. */
    public int foldCycles(int m) { return StationarySchedule.foldCycles(p, m, false); }

    public PortTrace run(long[][] a, long[][] b) { return run(List.of(new Tile(a, b))); }

    public PortTrace run(List<Tile> folds) { return StationarySchedule.run(p, folds, false); }
}
