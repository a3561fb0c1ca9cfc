package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * OPT3, the sparsity-encoding PE (digit-serial, bit-slice): acc += a * b, one non-zero
 * radix-4 digit of a per cycle, zero digits skipped, the accumulator in carry-save form.
 *
 * <p>Ports and timing (cycle t = the clock period ending at edge t):
 * <ul>
 * <li>{@code a}, {@code b}, {@code inValid} / {@code inReady}: a pair is taken at the end of a
 *     cycle with both high; its digits go into the accumulator in the following
 *     max(1, non-zero digits of a) cycles, and {@code inReady} is high again in the last of
 *     them ({@link SparseDigits#cycles}).
 * <li>{@code drain} / {@code drainReady}: taken at the end of a cycle with both high
 *     (drainReady needs the last digit in progress or none, and no pair offered). The next
 *     cycle {@code outValid} is high and {@code acc} is the dot product of every pair taken
 *     since the previous drain (wrapped to the accumulator width); the accumulator is then
 *     zero again.
 * <li>{@code acc} shows the running sum in every other cycle: the one carry-propagate adder
 *     sits after the accumulator registers, outside the MAC loop.
 * </ul>
 */
public final class SparseDigitPe extends Module {
    public final Input a, b, inValid, drain;
    public final Output inReady, drainReady, outValid, acc;
    private final SparseDigitEncoder encoder;
    private final SparseDigitLane lane;
    private final SparseDrainControl control;
    private final Reg multiplicand;

    public SparseDigitPe(SparseDigitPeParams p) {
        super(p);
        a = input(p.precision().type(p.signed()));
        b = input(p.precision().type(p.signed()));
        inValid = input(Bool());
        drain = input(Bool());
        inReady = output(Bool());
        drainReady = output(Bool());
        outValid = output(Bool());
        acc = output(SparseWiring.accumulatorType(p));

        encoder = instance(new SparseDigitEncoder(new SparseDigitEncoder.Format(p.precision(), p.signed())));
        control = instance(new SparseDrainControl(new SparseDrainControl.Depth(1)));
        lane = instance(new SparseDigitLane(p.resolved()));
        control.inValid.set(inValid);
        control.drain.set(drain);
        control.allLast.set(encoder.last);
        encoder.a.set(a);
        encoder.load.set(control.load);
        multiplicand = reg(b.type()).init(0);
        when(control.load, () -> multiplicand.set(b));
        SparseWiring.digitToLane(encoder, lane);
        lane.b.set(multiplicand);
        lane.shift.set(control.shift);
        lane.sumIn.set(0);
        lane.carryIn.set(0);
        inReady.set(control.inReady);
        drainReady.set(control.drainReady);
        outValid.set(control.outValid);
        acc.set(SparseWiring.result(lane, p.signed()));
    }
}
