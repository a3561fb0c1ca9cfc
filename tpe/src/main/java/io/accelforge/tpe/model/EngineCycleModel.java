package io.accelforge.tpe.model;

import io.accelforge.tpe.engine.EngineAdapter;
import io.accelforge.tpe.engine.Fold;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.engine.GemmPlan;

/**
 * The cycles a GEMM engine spends on C = A x B when the driver ({@link io.accelforge.tpe.engine.GemmDriver})
 * issues {@link GemmPlan}'s commands back to back. Each command occupies the interface from
 * the cycle it is taken to the cycle the next one can be:
 * <ul>
 * <li>WRITE_A, WRITE_B, READ_C: 1 cycle (a read's answer comes in the next command's cycle);</li>
 * <li>CLEAR_C of n words: n + 1 (one word per cycle after the command's);</li>
 * <li>COMPUTE: the array's fold cycles (SCALE-Sim's per-fold count) + its drain or last-result
 *     cycles + 3 of control ({@link ComputeCycles}), per architecture from its
 *     {@link EngineAdapter#computeCycles}:
 *     OS K + R + C - 2 + R + 3, WS 2R + C + M - 2 + 1 + 3, IS 2R + C + N - 2 + 1 + 3; the
 *     sparse digit-serial array (matrix_2d with OPT3/OPT4 PEs) the sum over its K steps of
 *     max(1, the most non-zero Booth digits among the step's A operands) + R + 1 + 3.</li>
 * </ul>
 * There is no fold overlap: a COMPUTE reads its operands from scratchpad word 0 on, so the
 * next fold's operands can only be written once it is done, and the output-stationary array
 * drains through its accumulators, which keeps every PE busy until the last row is out.
 */
public final class EngineCycleModel {
    private EngineCycleModel() {}

    /** The cycles of a GEMM of these shapes; for an array whose cycles depend on the data, use {@link #gemm(GemmEngineParams, long[][], long[][])}. */
    public static EngineCycles gemm(GemmEngineParams p, int m, int k, int n) { return gemm(p, m, k, n, null, null); }

    /** The cycles of C = A x B (A is M x K, B is K x N). */
    public static EngineCycles gemm(GemmEngineParams p, long[][] a, long[][] b) { return gemm(p, a.length, b.length, b[0].length, a, b); }

    private static EngineCycles gemm(GemmEngineParams p, int m, int k, int n, long[][] a, long[][] b) {
        EngineAdapter ad = p.adapter();
        long[] t = new long[7];
        GemmPlan.walk(p, m, k, n, new GemmPlan.Steps() {
            @Override public void clearC(int words) { t[5] += words + 1; }

            @Override public void writeA(Fold f, int words) { t[4] += words; }

            @Override public void writeB(Fold f, int words) { t[4] += words; }

            @Override public void compute(Fold f, int length) {
                ComputeCycles c = ad.computeCycles(p, f, a, b);
                t[0]++;
                t[1] += c.fold();
                t[2] += c.drain();
                t[3] += c.control();
            }

            @Override public void readC(Fold f, int words) { t[6] += words; }
        });
        return new EngineCycles(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
    }
}
