package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.bitsFor;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.pe.OsPe;
import io.accelforge.tpe.pe.PeArithmetic;
import io.accelforge.tpe.pe.PeParams;
import io.accelforge.tpe.pe.Resolve;

/**
 * Systolic output-stationary array: R x C {@link OsPe}s; PE(i, j) accumulates C[i][j] of one
 * tile C = A x B (A is at most R x K, B at most K x C). A flows right, B flows down, the
 * reduction's control flows with them, and results drain down each column.
 *
 * <p>Timing of one fold, cycle 0 being its first cycle (see {@link OsArrayModel}):
 * <ul>
 *   <li>{@code aIn_i} carries A[i][k] at cycle i + k, {@code bIn_j} carries B[k][j] at cycle
 *       j + k, for k = 0..K-1 (operands arrive skewed; other cycles are ignored);</li>
 *   <li>{@code valid} is high at cycles 0..K-1 and {@code first} at cycle 0 only: step k of the
 *       reduction enters PE(0,0) at cycle k and reaches PE(i,j) at cycle i + j + k; {@code first}
 *       restarts the accumulators, so folds need no clearing;</li>
 *   <li>PE(R-1, C-1) does the last multiply-accumulate at cycle K + R + C - 3;</li>
 *   <li>{@code drain} is pulsed at cycle D >= K + R + C - 3 (the earliest is the last
 *       multiply-accumulate's cycle); {@code cValid} is then high at cycles D+1..D+R and
 *       {@code cOut_j} carries C[R-1-t][j] at cycle D+1+t: the bottom row first. Draining
 *       shifts every column's accumulators down one row per cycle, R times; a drain pulse
 *       while draining is ignored;</li>
 *   <li>the next fold's cycle 0 may be D + R + 1 at the earliest.</li>
 * </ul>
 * So the compute phase of a fold takes K + R + C - 2 cycles (SCALE-Sim's OS count): its last
 * result is first visible at cycle K + R + C - 2; with the drain, a fold occupies the array for
 * K + 2R + C - 2 cycles. For OPT1 the accumulators drain in carry-save form and each column
 * has one carry-propagate adder below its bottom PE.
 */
public final class OsArray extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input valid, first, drain;
    public final Vec<Output> cOut;
    public final Output cValid;
    private final OsPe[][] pes;
    private final Resolve[] resolve;
    private final Reg drainLeft;
    private final Wire draining;

    public OsArray(OsArrayParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        PeParams pp = p.peParams();
        PeArithmetic arith = pp.arithmetic();
        aIn = inputs(rows, arith.operandType());
        bIn = inputs(cols, arith.operandType());
        valid = input(Bool());
        first = input(Bool());
        drain = input(Bool());
        cOut = outputs(cols, arith.resultType());
        cValid = output(Bool());

        // counts the rows still to drain: R after a drain pulse, one less each cycle
        drainLeft = reg(UInt(bitsFor(rows))).init(0);
        draining = wire(drainLeft.ne(0));
        when(draining, () -> drainLeft.set(drainLeft.sub(1)))
                .elseWhen(drain, () -> drainLeft.set(rows));

        pes = new OsPe[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                OsPe pe = instance(new OsPe(pp));
                pes[i][j] = pe;
                pe.a.set(j == 0 ? aIn.get(i) : pes[i][j - 1].aOut);
                pe.b.set(i == 0 ? bIn.get(j) : pes[i - 1][j].bOut);
                // control runs down column 0 and along each row, so it meets step k at PE(i,j) at cycle i + j + k
                OsPe from = j > 0 ? pes[i][j - 1] : i > 0 ? pes[i - 1][0] : null;
                pe.valid.set(from == null ? valid : from.validOut);
                pe.first.set(from == null ? first : from.firstOut);
                pe.shift.set(draining);
                for (int r = 0; r < arith.rows(); r++) {
                    pe.accIn.get(r).set(i == 0 ? arith.zeros().get(r) : pes[i - 1][j].accOut.get(r));
                }
            }
        }
        resolve = new Resolve[cols];
        for (int j = 0; j < cols; j++) {
            resolve[j] = instance(new Resolve(pp));
            for (int r = 0; r < arith.rows(); r++) resolve[j].acc.get(r).set(pes[rows - 1][j].accOut.get(r));
            cOut.get(j).set(resolve[j].value);
        }
        cValid.set(draining);
    }
}
