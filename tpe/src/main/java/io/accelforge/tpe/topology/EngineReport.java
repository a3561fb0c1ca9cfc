package io.accelforge.tpe.topology;

import io.accelforge.tpe.model.EngineCycles;
import java.util.List;

/**
 * ENGINE_REPORT.csv: what the GEMM engine spends on each layer, beside SCALE-Sim's count.
 * SCALE-Sim counts the array's compute cycles only; the engine also writes the operands
 * into its scratchpads, drains results and runs its command interface, one command after
 * another with no overlap ({@link io.accelforge.tpe.model.EngineCycleModel}). Columns:
 * <ul>
 *   <li>Compute Cycles: the array's compute cycles, folds summed, by SCALE-Sim's formulas
 *       (COMPUTE_REPORT's Total Cycles + 1: SCALE-Sim reports the last cycle's index from 0);</li>
 *   <li>Engine Folds: the engine's COMPUTE commands (more than SCALE-Sim's folds when the streamed
 *       dimension is longer than a scratchpad and is split into chunks);</li>
 *   <li>Array, Drain, Control: the COMPUTE commands' cycles: the array's fold cycles (equal to
 *       SCALE-Sim's when the streamed dimension fits), the output-stationary drain (R per fold) or
 *       last-result cycle (stationary arrays), 3 control cycles per fold;</li>
 *   <li>Load, Clear, Read: WRITE_A/WRITE_B commands (1 cycle per scratchpad word), CLEAR_C (words + 1),
 *       READ_C (1 per word);</li>
 *   <li>Model Cycles: the sum of those six, the engine's total;</li>
 *   <li>RTL Cycles, C Mismatches, Seed: the engine's own cycle counter in Verilator over the same
 *       commands, the elements of C that differ from the golden GEMM, and the operands' seed
 *       (empty without {@code --rtl}).</li>
 * </ul>
 */
public final class EngineReport {
    public static final String HEADER = "LayerID, Layer Name, M, N, K, Compute Cycles, Engine Folds, Array Cycles, Drain Cycles, Control Cycles, "
            + "Load Cycles, Clear Cycles, Read Cycles, Model Cycles, RTL Cycles, C Mismatches, Seed,";

    private EngineReport() {}

    public static String csv(List<LayerRun> runs) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (LayerRun r : runs) {
            Topology.Layer l = r.layer();
            EngineCycles e = r.engine();
            sb.append(r.layerId()).append(", ").append(l.name()).append(", ").append(l.m()).append(", ").append(l.n()).append(", ").append(l.k()).append(", ")
                    .append(r.computeCycles()).append(", ").append(e.folds()).append(", ").append(e.fold()).append(", ").append(e.drain()).append(", ")
                    .append(e.control()).append(", ").append(e.loads()).append(", ").append(e.clears()).append(", ").append(e.reads()).append(", ")
                    .append(e.total()).append(", ");
            if (r.rtl() != null) sb.append(r.rtl().cycles()).append(", ").append(r.rtl().mismatches()).append(", ").append(r.rtl().seed()).append(',');
            else sb.append(", , ,");
            sb.append('\n');
        }
        return sb.toString();
    }
}
