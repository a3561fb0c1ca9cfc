package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.tpe.pe.SparseDigitEncoder;
import io.accelforge.tpe.pe.SparseDigitLane;
import io.accelforge.tpe.pe.SparseDigitPeParams;
import io.accelforge.tpe.pe.SparseDrainControl;
import io.accelforge.tpe.pe.SparseWiring;

/**
 * Output-stationary array of sparsity-encoding PEs, the bit-slice arrangement of Wu et al.
 * (OPT3/OPT4C): C (rows x cols) += A (rows x K) * B (K x cols), one K step at a time as an
 * outer product. PE (r, c) accumulates a_r * b_c. Row r's PEs share the operand a_r and, with
 * OPT4, one encoder that hands out a_r's non-zero radix-4 digits, one per cycle; b_c is
 * registered once per column and broadcast down it. The whole array is in lockstep (b is
 * shared by all rows): a step takes max(1, non-zero digits of the densest a_r) cycles.
 *
 * <p>Ports and timing (cycle t = the clock period ending at edge t; see
 * {@link SparseDrainControl} for the handshakes):
 * <ul>
 * <li>{@code aIn_r} = A[r][k], {@code bIn_c} = B[k][c] with {@code inValid}; step k is taken at
 *     the end of a cycle with inValid and {@code inReady} high. With inValid held, step k+1
 *     is taken exactly max(1, max over r of non-zero digits of A[r][k]) cycles after step k.
 * <li>{@code drain} with {@code drainReady} (high during the last digit cycle of the last
 *     step, or when idle, and no step offered) taken at the end of cycle t: in cycles
 *     t+1 .. t+rows {@code outValid} is high and {@code cOut_c} = C[rows-1-i][c] in cycle
 *     t+1+i, bottom row first. The carry-save rows shift down each column; the one
 *     carry-propagate adder per column sits below the bottom row. The array is zero after.
 * </ul>
 * A tile with K steps thus takes sum over k of the step cycles, + rows + 1 cycles
 * ({@link io.accelforge.tpe.model.SparseDigitCycleModel}).
 */
public final class SparseMatrix extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input inValid, drain;
    public final Output inReady, drainReady, outValid;
    public final Vec<Output> cOut;
    private final SparseDrainControl control;
    private final SparseDigitEncoder[][] encoders;
    private final SparseDigitLane[][] lanes;
    private final Vec<Reg> multiplicand;

    public SparseMatrix(SparseMatrixParams p) {
        super(p);
        SparseDigitPeParams pe = p.peParams();
        int rows = p.rows(), cols = p.cols();
        aIn = inputs(rows, p.precision().type(p.signed()));
        bIn = inputs(cols, p.precision().type(p.signed()));
        inValid = input(Bool());
        drain = input(Bool());
        inReady = output(Bool());
        drainReady = output(Bool());
        outValid = output(Bool());
        cOut = outputs(cols, SparseWiring.accumulatorType(pe));

        control = instance(new SparseDrainControl(new SparseDrainControl.Depth(rows)));
        control.inValid.set(inValid);
        control.drain.set(drain);
        multiplicand = regs(cols, bIn.get(0).type());
        for (int c = 0; c < cols; c++) {
            Reg m = multiplicand.get(c).init(0);
            Input b = bIn.get(c);
            when(control.load, () -> m.set(b));
        }

        int perRow = p.sharedEncoders() ? 1 : cols;
        encoders = new SparseDigitEncoder[rows][perRow];
        lanes = new SparseDigitLane[rows][cols];
        Value allLast = null;
        for (int r = 0; r < rows; r++) {
            for (int e = 0; e < perRow; e++) {
                SparseDigitEncoder enc = instance(new SparseDigitEncoder(new SparseDigitEncoder.Format(p.precision(), p.signed())));
                encoders[r][e] = enc;
                enc.a.set(aIn.get(r));
                enc.load.set(control.load);
                allLast = allLast == null ? enc.last : allLast.and(enc.last);
            }
            for (int c = 0; c < cols; c++) {
                SparseDigitLane lane = instance(new SparseDigitLane(pe));
                lanes[r][c] = lane;
                SparseWiring.digitToLane(encoders[r][p.sharedEncoders() ? 0 : c], lane);
                lane.b.set(multiplicand.get(c));
                lane.shift.set(control.shift);
                lane.sumIn.set(r == 0 ? UInt(pe.acc()).lit(0) : lanes[r - 1][c].sumOut);
                lane.carryIn.set(r == 0 ? UInt(pe.acc()).lit(0) : lanes[r - 1][c].carryOut);
            }
        }
        control.allLast.set(allLast);
        for (int c = 0; c < cols; c++) cOut.get(c).set(SparseWiring.result(lanes[rows - 1][c], p.signed()));
        inReady.set(control.inReady);
        drainReady.set(control.drainReady);
        outValid.set(control.outValid);
    }
}
