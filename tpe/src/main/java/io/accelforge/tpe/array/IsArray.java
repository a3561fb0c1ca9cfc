package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;

/**
 * Systolic input-stationary array: R x C PEs hold a tile of A transposed (PE(k, m) holds
 * A[m][k]; K <= R, M <= C), the columns of B stream through, and column m's bottom emits
 * C[m][n] = sum_k A[m][k] * B[k][n].
 *
 * <p>Timing of one fold, cycle 0 being its first cycle (see {@link IsArrayModel}):
 * <ul>
 *   <li>preload: {@code load} is high at cycles 0..R-1 and {@code aIn_m} carries A[m][R-1-t]
 *       at cycle t (row R-1-t is written: the bottom row first, one row per cycle);</li>
 *   <li>stream: {@code valid} is high at cycles R..R+N-1 (one per column of B) and
 *       {@code bIn_k} carries B[k][n] at cycle R + n + k (skewed; other cycles are ignored);</li>
 *   <li>PE(R-1, C-1) does the last multiply-accumulate at cycle 2R + C + N - 3;</li>
 *   <li>{@code cValid_m} is high and {@code cOut_m} carries C[m][n] at cycle 2R + n + m;</li>
 *   <li>the next fold's cycle 0 (its first load) may be 2R + C + N - 2 at the earliest.</li>
 * </ul>
 * So a fold takes 2R + C + N - 2 cycles, SCALE-Sim's IS count (R of them the preload). The
 * hardware is the weight-stationary grid with the operands' roles swapped.
 */
public final class IsArray extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input load, valid;
    public final Vec<Output> cOut, cValid;
    private final StationaryGrid grid;
    private final Vec<Reg> validDelay;

    public IsArray(StationaryArrayParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        var arith = p.peParams().arithmetic();
        aIn = inputs(cols, arith.operandType());
        bIn = inputs(rows, arith.operandType());
        load = input(Bool());
        valid = input(Bool());
        cOut = outputs(cols, arith.resultType());
        cValid = outputs(cols, Bool());

        grid = instance(new StationaryGrid(p));
        for (int k = 0; k < rows; k++) grid.xIn.get(k).set(bIn.get(k));
        for (int m = 0; m < cols; m++) grid.wIn.get(m).set(aIn.get(m));
        grid.load.set(load);
        // validDelay_d is valid d+1 cycles ago; column n of B's sums leave column m R + m cycles after it entered
        validDelay = vec(rows + cols - 1, d -> reg(Bool()).init(0));
        for (int d = 0; d < validDelay.size(); d++) validDelay.get(d).set(d == 0 ? valid : validDelay.get(d - 1));
        for (int m = 0; m < cols; m++) {
            cOut.get(m).set(grid.psum.get(m));
            cValid.get(m).set(validDelay.get(rows + m - 1));
        }
    }
}
