package io.accelforge.tpe.model;

/**
 * Cycles of one COMPUTE on a GEMM engine, from its command taken to the next command taken
 * (back to back), in three documented terms:
 *
 * @param fold    the array's compute cycles for the fold: SCALE-Sim's per-fold count
 *                ({@link CycleModel#foldCycles})
 * @param drain   what the array adds after them: the output-stationary drain (R cycles, the
 *                first of them the cycle the last result shows); for the stationary arrays the
 *                cycle at which the last result shows
 * @param control the engine's own: one cycle from the command to the first scratchpad read,
 *                one for the synchronous read, one to add the last result word into C
 */
public record ComputeCycles(long fold, long drain, long control) {
    public long total() { return fold + drain + control; }
}
