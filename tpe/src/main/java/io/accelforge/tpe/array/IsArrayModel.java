package io.accelforge.tpe.array;

import java.util.List;

/**
 * The golden {@link IsArray}: for folds run back to back with no overlap (fold f+1 starts
 * {@link #foldCycles} after fold f), every input at every cycle and every output the array
 * must show. Fold-local cycles: load at t = 0..R-1 with A[m][R-1-t] on aIn_m; valid at
 * t = R..R+N-1; B[k][n] on bIn_k at t = R + n + k; C[m][n] on cOut_m with cValid_m at
 * t = 2R + n + m. Columns of A past K and rows past M are zero, as are B's rows past K.
 */
public final class IsArrayModel {
    private final StationaryArrayParams p;

    public IsArrayModel(StationaryArrayParams p) { this.p = p; }

    /** Cycles of a fold streaming N columns of B, preload included (SCALE-Sim's IS count); its last result shows at this fold-local cycle. */
    public int foldCycles(int n) { return StationarySchedule.foldCycles(p, n, true); }

    public PortTrace run(long[][] a, long[][] b) { return run(List.of(new Tile(a, b))); }

    public PortTrace run(List<Tile> folds) { return StationarySchedule.run(p, folds, true); }
}
