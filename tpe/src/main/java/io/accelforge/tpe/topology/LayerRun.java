package io.accelforge.tpe.topology;

import io.accelforge.tpe.model.EngineCycles;

/**
 * One layer of a topology run.
 *
 * @param layerId  the layer's position in the topology, from 0 (SCALE-Sim's LayerID)
 * @param layer    the row it came from
 * @param computeCycles the array's compute cycles, folds summed (SCALE-Sim's formula, {@link io.accelforge.tpe.model.CycleModel#computeCycles})
 * @param scaleSim SCALE-Sim's compute report row (the array alone; its Total Cycles is one less, see {@link ComputeReport})
 * @param engine   the engine cycle model's terms for the GEMM (the whole engine)
 * @param rtl      the Verilator run of the engine, or null when none was asked for
 */
public record LayerRun(int layerId, Topology.Layer layer, long computeCycles, ComputeReport.Row scaleSim, EngineCycles engine, Rtl rtl) {
    /**
     * The layer on the RTL: random operands from {@code seed}, C compared with the golden GEMM.
     *
     * @param cycles     the engine's own cycle counter over the GEMM's commands
     * @param mismatches elements of C that differ from the golden GEMM (wrapped to the accumulator)
     * @param firstMismatch "C[i][j] expected x, actual y" for the first, or "" when none
     */
    public record Rtl(long seed, long cycles, long mismatches, String firstMismatch) {}

    /** No RTL run, or one with C equal to the golden GEMM and cycles equal to the model. */
    public boolean agrees() { return rtl == null || (rtl.mismatches() == 0 && rtl.cycles() == engine.total()); }

    /** Why the RTL disagrees ("" when it agrees). */
    public String disagreement() {
        if (agrees()) return "";
        StringBuilder sb = new StringBuilder("layer " + layerId + " (" + layer.name() + ", " + layer.shape() + ", seed " + rtl.seed() + "):");
        if (rtl.mismatches() != 0) sb.append(" ").append(rtl.mismatches()).append(" elements of C differ from the golden GEMM, first ").append(rtl.firstMismatch()).append(';');
        if (rtl.cycles() != engine.total()) sb.append(" RTL ").append(rtl.cycles()).append(" cycles, model ").append(engine.total()).append(';');
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
