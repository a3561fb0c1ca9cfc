package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;

/**
 * Systolic weight-stationary array: R x C PEs hold a K x N tile of B (K <= R, N <= C), the
 * rows of A stream through, and column j's bottom emits C[m][j] = sum_k A[m][k] * B[k][j].
 *
 * <p>Timing of one fold, cycle 0 being its first cycle (see {@link WsArrayModel}):
 * <ul>
 *   <li>preload: {@code load} is high at cycles 0..R-1 and {@code bIn_j} carries B[R-1-t][j]
 *       at cycle t (row R-1-t is written: the bottom row first, one row per cycle);</li>
 *   <li>stream: {@code valid} is high at cycles R..R+M-1 (one per row of A) and {@code aIn_i}
 *       carries A[m][i] at cycle R + m + i (skewed; other cycles are ignored);</li>
 *   <li>PE(R-1, C-1) does the last multiply-accumulate at cycle 2R + C + M - 3;</li>
 *   <li>{@code cValid_j} is high and {@code cOut_j} carries C[m][j] at cycle 2R + m + j
 *       (skewed by column, one cycle after the column's bottom PE adds its product);</li>
 *   <li>the next fold's cycle 0 (its first load) may be 2R + C + M - 2 at the earliest.</li>
 * </ul>
 * So a fold takes 2R + C + M - 2 cycles, SCALE-Sim's WS count (R of them the preload), and its
 * last result is visible at cycle 2R + C + M - 2, which may be the next fold's first cycle.
 * For OPT1, partial sums travel in carry-save form and each column adds its two rows once.
 */
public final class WsArray extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input load, valid;
    public final Vec<Output> cOut, cValid;
    private final StationaryGrid grid;
    private final Vec<Reg> validDelay;

    public WsArray(StationaryArrayParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        var arith = p.peParams().arithmetic();
        aIn = inputs(rows, arith.operandType());
        bIn = inputs(cols, arith.operandType());
        load = input(Bool());
        valid = input(Bool());
        cOut = outputs(cols, arith.resultType());
        cValid = outputs(cols, Bool());

        grid = instance(new StationaryGrid(p));
        for (int i = 0; i < rows; i++) grid.xIn.get(i).set(aIn.get(i));
        for (int j = 0; j < cols; j++) grid.wIn.get(j).set(bIn.get(j));
        grid.load.set(load);
        // validDelay_d is valid d+1 cycles ago; row m's sum leaves column j R + j cycles after it entered
        validDelay = vec(rows + cols - 1, d -> reg(Bool()).init(0));
        for (int d = 0; d < validDelay.size(); d++) validDelay.get(d).set(d == 0 ? valid : validDelay.get(d - 1));
        for (int j = 0; j < cols; j++) {
            cOut.get(j).set(grid.psum.get(j));
            cValid.get(j).set(validDelay.get(rows + j - 1));
        }
    }
}
