package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.model.OsCycleModel;
import io.accelforge.tpe.pe.PeArithmetic;
import java.util.List;

/**
 * The golden {@link OsArray}: for a sequence of folds run back to back with no overlap, every
 * input at every cycle and every output the array must show, with the exact timing of the
 * array's javadoc. Fold f starts at cycle T_f (T_0 = 0, T_f+1 = T_f + {@link #foldCycles});
 * in fold-local cycles t: A[i][k] on aIn_i at t = i + k, B[k][j] on bIn_j at t = j + k,
 * valid at t = 0..K-1, first at t = 0, drain at t = K+R+C-3 (the earliest), and C[R-1-u][j]
 * on cOut_j with cValid at t = K+R+C-2+u. Rows of A past M and columns of B past N are zero.
 */
public final class OsArrayModel {
    private final OsArrayParams p;
    private final PeArithmetic arith;
    private final OsCycleModel cycles;

    public OsArrayModel(OsArrayParams p) {
        this.p = p;
        this.arith = p.peParams().arithmetic();
        this.cycles = new OsCycleModel(p.rows(), p.cols());
    }

    /** Cycles of a fold's compute phase ({@link OsCycleModel#foldCycles}, SCALE-Sim's OS count): its last result shows at this fold-local cycle. */
    public int computeCycles(int k) { return Math.toIntExact(cycles.foldCycles(1, k, 1)); }

    /** Cycles a fold occupies the array: the compute phase and the drain. */
    public int foldCycles(int k) { return computeCycles(k) + Math.toIntExact(cycles.drainCycles()); }

    public PortTrace run(long[][] a, long[][] b) { return run(List.of(new Tile(a, b))); }

    public PortTrace run(List<Tile> folds) {
        int rows = p.rows(), cols = p.cols();
        int total = 0;
        for (Tile t : folds) total += foldCycles(t.k());
        HwType operand = arith.operandType();
        PortTrace trace = new PortTrace(total);
        for (int i = 0; i < rows; i++) trace.dataInput("aIn_" + i, operand);
        for (int j = 0; j < cols; j++) trace.dataInput("bIn_" + j, operand);
        trace.controlInput("valid", Bool()).controlInput("first", Bool()).controlInput("drain", Bool());
        for (int j = 0; j < cols; j++) trace.dataOutput("cOut_" + j, arith.resultType());
        trace.flagOutput("cValid", Bool());

        int start = 0;
        for (int f = 0; f < folds.size(); f++) {
            Tile tile = folds.get(f);
            tile.check(p.precision(), p.signed(), rows, Integer.MAX_VALUE, cols, rows + "x" + cols + " output-stationary array (M <= " + rows + ", N <= " + cols + ")");
            int k = tile.k();
            for (int s = 0; s < k; s++) {
                for (int i = 0; i < rows; i++) trace.drive("aIn_" + i, start + i + s, i < tile.m() ? tile.a()[i][s] : 0);
                for (int j = 0; j < cols; j++) trace.drive("bIn_" + j, start + j + s, j < tile.n() ? tile.b()[s][j] : 0);
                trace.drive("valid", start + s, 1);
            }
            trace.drive("first", start, 1);
            trace.drive("drain", start + computeCycles(k) - 1, 1);
            long[][] c = tile.product(p.accBits(), p.signed());
            for (int u = 0; u < rows; u++) {
                int row = rows - 1 - u, at = start + computeCycles(k) + u;
                trace.expect("cValid", at, 1);
                for (int j = 0; j < cols; j++) trace.result(f, row, j, "cOut_" + j, at, row < tile.m() && j < tile.n() ? c[row][j] : 0);
            }
            start += foldCycles(k);
        }
        return trace;
    }
}
