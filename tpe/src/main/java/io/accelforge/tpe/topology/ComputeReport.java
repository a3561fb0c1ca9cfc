package io.accelforge.tpe.topology;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.model.CycleModel;
import java.util.ArrayList;
import java.util.List;

/**
 * SCALE-Sim v2's COMPUTE_REPORT.csv for a GEMM topology on one R x C systolic array, from the
 * analytic model ({@link CycleModel}, equal to {@link io.accelforge.tpe.model.ScaleSim}); the
 * columns mean what they mean in SCALE-Sim:
 * <ul>
 *   <li>Total Cycles: the compute cycles, fold by fold summed ({@link CycleModel#computeCycles}):
 *       OS ceil(M/R) ceil(N/C) (K+R+C-2), WS ceil(K/R) ceil(N/C) (2R+C+M-2), IS ceil(K/R) ceil(M/C)
 *       (2R+C+N-2), <em>minus one</em>: SCALE-Sim reports the index of the last compute cycle,
 *       counting from 0 (36x98x47 on 16x16 OS: the formula's 1152, reported 1151). No engine
 *       terms (operand loads, drain, control): those are {@link EngineReport}'s.</li>
 *   <li>Stall Cycles: 0. SCALE-Sim adds the cycles its SRAM/DRAM model stalls the array; no
 *       memory system is modelled here (the engine's scratchpads hold every operand a fold
 *       reads), so this is the count SCALE-Sim gives with memory that never stalls.</li>
 *   <li>Overall Util %: M N K x 100 / (Total Cycles x R x C), the MACs done over those the array
 *       could do in the total (SCALE-Sim divides by zero for one K=1 fold on a 1x1 array; here the
 *       total counts as 1 there).</li>
 *   <li>Mapping Efficiency %: per fold, the PEs the fold maps over R x C (edge folds of ragged
 *       shapes map fewer), averaged over the folds.</li>
 *   <li>Compute Util %: per fold, PEs mapped x the streamed length over R x C x the fold's
 *       cycles, averaged over the folds. SCALE-Sim takes a fold's cycles from the shape of its
 *       demand matrices: for OS the fold cycles of the formula, for WS and IS the formula's
 *       2R+C+T-2 plus another C-1 (T the streamed length), so WS/IS compute utilisation is lower
 *       than Overall Util % even without stalls. Reproduced as it is.</li>
 * </ul>
 * Checked against SCALE-Sim v2 itself (commit 22f88b1, GEMM mode, memories large enough
 * that nothing stalls): every column equal, digit for digit, for OS, WS and IS on 4x4 and
 * 16x16 arrays ({@code ComputeReportTest}).
 * Folds follow SCALE-Sim's order (column folds outer, row folds inner) and each average is
 * summed and divided in that order, so the numbers match its output digit for digit. The
 * operand matrices map as SCALE-Sim maps them: OS rows over M, columns over N, streams K; WS
 * rows over K, columns over N, streams M; IS rows over K, columns over M, streams N.
 */
public final class ComputeReport {
    /** SCALE-Sim's header, spacing and trailing comma included. */
    public static final String HEADER = "LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, Compute Util %,";

    /** Beyond this many folds the averages are computed in closed form (equal up to the last bits of the sum). */
    static final long MAX_ITERATED_FOLDS = 100_000_000L;

    /** One row of the report; percentages are 0..100. */
    public record Row(int layerId, long totalCycles, long stallCycles, double overallUtil, double mappingEfficiency, double computeUtil) {
        /** The CSV line, written as SCALE-Sim writes it. */
        public String csv() {
            return layerId + ", " + totalCycles + ", " + stallCycles + ", " + PythonFloat.repr(overallUtil) + ", " + PythonFloat.repr(mappingEfficiency) + ", "
                    + PythonFloat.repr(computeUtil) + ",";
        }
    }

    private ComputeReport() {}

    /** The rows for every layer of {@code t}. */
    public static List<Row> of(Architecture arch, int rows, int cols, Topology t) {
        List<Row> out = new ArrayList<>();
        for (int id = 0; id < t.layers().size(); id++) out.add(row(id, arch, rows, cols, t.layers().get(id)));
        return out;
    }

    public static Row row(int layerId, Architecture arch, int rows, int cols, Topology.Layer l) {
        CycleModel model = CycleModel.of(arch, rows, cols);
        long m = l.m(), n = l.n(), k = l.k();
        long foldCycles = model.foldCycles(m, k, n);
        long total = model.computeCycles(m, k, n) - 1;
        // SCALE-Sim's operand matrices: rows of the array over sr, columns over sc, t streamed
        long sr, sc, streamed;
        switch (arch) {
            case SYSTOLIC_OS -> { sr = m; sc = n; streamed = k; }
            case SYSTOLIC_WS -> { sr = k; sc = n; streamed = m; }
            case SYSTOLIC_IS -> { sr = k; sc = m; streamed = n; }
            default -> throw new IllegalArgumentException("SCALE-Sim reports cover systolic arrays only, not " + arch);
        }
        long rowFolds = (sr + rows - 1) / rows, colFolds = (sc + cols - 1) / cols, folds = rowFolds * colFolds;
        long pes = (long) rows * cols;
        // SCALE-Sim's fold cycles in the compute utilisation: its demand matrix is C-1 longer for WS and IS
        long utilFoldCycles = arch == Architecture.SYSTOLIC_OS ? foldCycles : foldCycles + cols - 1;
        double mapping, compute;
        if (folds <= MAX_ITERATED_FOLDS) {
            double mapSum = 0, computeSum = 0;
            for (long fc = 0; fc < colFolds; fc++) {
                long colsUsed = Math.min(cols, sc - fc * cols);
                for (long fr = 0; fr < rowFolds; fr++) {
                    long used = Math.min(rows, sr - fr * rows) * colsUsed;
                    mapSum += (double) used / pes;
                    computeSum += (double) (used * streamed) / (double) (pes * utilFoldCycles);
                }
            }
            mapping = mapSum / folds * 100;
            compute = computeSum / folds * 100;
        } else {
            mapping = (double) (sr * sc) / ((double) folds * pes) * 100;
            compute = (double) (sr * sc) * streamed / ((double) folds * pes * utilFoldCycles) * 100;
        }
        double overall = (double) l.macs() * 100 / ((double) Math.max(1, total) * pes);
        return new Row(layerId, total, 0, overall, mapping, compute);
    }

    /** The whole file: header, one line per layer, each ending in a newline. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) sb.append(r.csv()).append('\n');
        return sb.toString();
    }
}
