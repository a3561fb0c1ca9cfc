package io.accelforge.tpe.model;

/**
 * Cycles of a GEMM on a GEMM engine, term by term (commands back to back, one per cycle when
 * the engine is ready):
 *
 * @param folds   COMPUTE commands
 * @param fold    the arrays' compute cycles, fold by fold: SCALE-Sim's count when the streamed
 *                dimension fits one fold (OS: K, WS: M, IS: N within a scratchpad)
 * @param drain   the arrays' drain (OS, R per fold) or last-result cycle (WS/IS, one per fold)
 * @param control the engine's own cycles per COMPUTE (3 each: command to read, read latency,
 *                last C write)
 * @param loads   WRITE_A and WRITE_B commands, one cycle each
 * @param clears  CLEAR_C commands: words + 1 cycles each
 * @param reads   READ_C commands, one cycle each
 */
public record EngineCycles(long folds, long fold, long drain, long control, long loads, long clears, long reads) {
    public long total() { return fold + drain + control + loads + clears + reads; }

    /** COMPUTE cycles: fold + drain + control. */
    public long compute() { return fold + drain + control; }

    @Override public String toString() {
        return total() + " cycles = " + fold + " array compute (" + folds + " folds) + " + drain + " drain + " + control + " control + " + loads
                + " loads + " + clears + " clears + " + reads + " reads";
    }
}
