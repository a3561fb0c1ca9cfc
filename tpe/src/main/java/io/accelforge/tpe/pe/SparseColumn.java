package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;

/**
 * OPT4C: a column of n sparsity-encoding PEs sharing ONE encoder. The shared operand
 * {@code a}'s non-zero digits are produced once and broadcast; PE i multiplies each by its
 * own {@code b_i} and accumulates {@code acc_i += a * b_i}. All PEs stay in lockstep: the
 * column takes the next pair (a, b_0..b_n-1) when a's digits are exhausted, so one step costs
 * max(1, non-zero digits of a) cycles whatever n is.
 *
 * <p>Handshakes and timing are those of {@link SparseDigitPe} with one {@code a} and n
 * {@code b}s: {@code inValid}/{@code inReady} for a step, {@code drain}/{@code drainReady}
 * for a drain, after which {@code outValid} is high for one cycle with every {@code acc_i}.
 */
public final class SparseColumn extends Module {
    public final Input a, inValid, drain;
    public final Vec<Input> b;
    public final Output inReady, drainReady, outValid;
    public final Vec<Output> acc;
    private final SparseDigitEncoder encoder;
    private final SparseDrainControl control;
    private final SparseDigitLane[] lanes;
    private final Vec<Reg> multiplicand;

    public SparseColumn(SparseColumnParams p) {
        super(p);
        SparseDigitPeParams pe = p.pe().resolved();
        a = input(p.precision().type(p.signed()));
        b = inputs(p.n(), p.precision().type(p.signed()));
        inValid = input(Bool());
        drain = input(Bool());
        inReady = output(Bool());
        drainReady = output(Bool());
        outValid = output(Bool());
        acc = outputs(p.n(), SparseWiring.accumulatorType(pe));

        encoder = instance(new SparseDigitEncoder(new SparseDigitEncoder.Format(p.precision(), p.signed())));
        control = instance(new SparseDrainControl(new SparseDrainControl.Depth(1)));
        control.inValid.set(inValid);
        control.drain.set(drain);
        control.allLast.set(encoder.last);
        encoder.a.set(a);
        encoder.load.set(control.load);
        multiplicand = regs(p.n(), b.get(0).type());
        lanes = new SparseDigitLane[p.n()];
        for (int i = 0; i < p.n(); i++) {
            Reg m = multiplicand.get(i).init(0);
            Input bi = b.get(i);
            when(control.load, () -> m.set(bi));
            SparseDigitLane lane = instance(new SparseDigitLane(pe));
            lanes[i] = lane;
            SparseWiring.digitToLane(encoder, lane);
            lane.b.set(m);
            lane.shift.set(control.shift);
            lane.sumIn.set(0);
            lane.carryIn.set(0);
            acc.get(i).set(SparseWiring.result(lane, p.signed()));
        }
        inReady.set(control.inReady);
        drainReady.set(control.drainReady);
        outValid.set(control.outValid);
    }
}
