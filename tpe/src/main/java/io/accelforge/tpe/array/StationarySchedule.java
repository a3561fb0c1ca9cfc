package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.model.IsCycleModel;
import io.accelforge.tpe.model.WsCycleModel;
import io.accelforge.tpe.pe.PeArithmetic;
import java.util.List;

/**
 * The fold schedule of the weight- and input-stationary arrays, which differ only in which
 * operand stays. A fold preloads a stationary matrix W (R x C; W[k][j]) and streams S vectors
 * X[s] (length R) through it; column j emits sum_k X[s][k] * W[k][j]. WS: W = B, X[m] = row m
 * of A, the output is C[m][j]. IS: W[k][m] = A[m][k], X[n] = column n of B, the output is
 * C[m][n] on column m. Fold-local cycles: load at t = 0..R-1 with W[R-1-t][j] on the load
 * port of column j; valid at t = R..R+S-1; X[s][k] on the stream port of row k at
 * t = R + s + k; the result of (s, j) on cOut_j with cValid_j at t = 2R + s + j.
 */
final class StationarySchedule {
    private StationarySchedule() {}

    /** Cycles of one fold streaming {@code s} vectors: 2R + C + S - 2, from the cycle model (SCALE-Sim's count). */
    static int foldCycles(StationaryArrayParams p, int s, boolean inputStationary) {
        long c = inputStationary ? new IsCycleModel(p.rows(), p.cols()).foldCycles(1, 1, s) : new WsCycleModel(p.rows(), p.cols()).foldCycles(s, 1, 1);
        return Math.toIntExact(c);
    }

    static PortTrace run(StationaryArrayParams p, List<Tile> folds, boolean inputStationary) {
        int rows = p.rows(), cols = p.cols();
        PeArithmetic arith = p.peParams().arithmetic();
        String stream = inputStationary ? "bIn_" : "aIn_", stay = inputStationary ? "aIn_" : "bIn_";
        int last = 0, start = 0;
        for (Tile t : folds) {
            int s = inputStationary ? t.n() : t.m();
            last = start + foldCycles(p, s, inputStationary);   // the fold's last result shows at this cycle
            start += foldCycles(p, s, inputStationary);
        }
        HwType operand = arith.operandType();
        PortTrace trace = new PortTrace(last + 1);
        for (int j = 0; j < cols; j++) trace.dataInput(stay + j, operand);
        for (int k = 0; k < rows; k++) trace.dataInput(stream + k, operand);
        trace.controlInput("load", Bool()).controlInput("valid", Bool());
        for (int j = 0; j < cols; j++) trace.dataOutput("cOut_" + j, arith.resultType());
        for (int j = 0; j < cols; j++) trace.flagOutput("cValid_" + j, Bool());

        start = 0;
        for (int f = 0; f < folds.size(); f++) {
            Tile tile = folds.get(f);
            String shape = rows + "x" + cols + (inputStationary ? " input-stationary array (K <= " + rows + ", M <= " + cols + ")"
                    : " weight-stationary array (K <= " + rows + ", N <= " + cols + ")");
            tile.check(p.precision(), p.signed(), inputStationary ? cols : Integer.MAX_VALUE, rows, inputStationary ? Integer.MAX_VALUE : cols, shape);
            int count = inputStationary ? tile.n() : tile.m(), outs = inputStationary ? tile.m() : tile.n();
            for (int t = 0; t < rows; t++) {
                int k = rows - 1 - t;
                trace.drive("load", start + t, 1);
                for (int j = 0; j < cols; j++) trace.drive(stay + j, start + t, k < tile.k() && j < outs ? stationary(tile, k, j, inputStationary) : 0);
            }
            long[][] c = tile.product(p.accBits(), p.signed());
            for (int s = 0; s < count; s++) {
                trace.drive("valid", start + rows + s, 1);
                for (int k = 0; k < rows; k++) trace.drive(stream + k, start + rows + s + k, k < tile.k() ? streamed(tile, s, k, inputStationary) : 0);
                for (int j = 0; j < cols; j++) {
                    int at = start + 2 * rows + s + j;
                    long v = j >= outs ? 0 : inputStationary ? c[j][s] : c[s][j];
                    trace.expect("cValid_" + j, at, 1);
                    if (inputStationary) trace.result(f, j, s, "cOut_" + j, at, v);
                    else trace.result(f, s, j, "cOut_" + j, at, v);
                }
            }
            start += foldCycles(p, count, inputStationary);
        }
        return trace;
    }

    private static long stationary(Tile t, int k, int j, boolean inputStationary) { return inputStationary ? t.a()[j][k] : t.b()[k][j]; }

    private static long streamed(Tile t, int s, int k, boolean inputStationary) { return inputStationary ? t.b()[k][s] : t.a()[s][k]; }
}
