package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import java.util.List;

/**
 * Weight-/input-stationary PE: holds one stationary operand {@code w}, multiplies it by the
 * streaming operand {@code x} every cycle and adds the partial sum coming from above.
 *
 * <ul>
 *   <li>{@code load}: the stationary register takes {@code wIn} (the array addresses one row of
 *       PEs per load cycle).</li>
 *   <li>Every cycle: psum = psumIn + x * w (w is the Booth-recoded operand for OPT1, so its
 *       recoding is static while a stream runs), registered; {@code psumOut} is the register.</li>
 *   <li>{@code xOut} is {@code x} one cycle later, for the PE on the right.</li>
 * </ul>
 * The partial sum travels in the stored form of the PE's {@link PeArithmetic}: one word for
 * PLAIN, sum and carry rows for OPT1 (the carry-propagate add is left to the bottom of the
 * column). Nothing is reset: the array's control decides which partial sums mean anything.
 */
public final class StationaryPe extends Module {
    public final Input x, wIn, load;
    public final Vec<Input> psumIn;
    public final Output xOut;
    public final Vec<Output> psumOut;
    private final Reg w;
    private final Vec<Reg> psum;

    public StationaryPe(PeParams p) {
        super(p);
        PeArithmetic arith = p.arithmetic();
        x = input(arith.operandType());
        wIn = input(arith.operandType());
        load = input(Bool());
        psumIn = inputs(arith.rows(), arith.rowType());
        xOut = output(arith.operandType());
        psumOut = outputs(arith.rows(), arith.rowType());

        w = reg(arith.operandType());
        when(load, () -> w.set(wIn));
        psum = regs(arith.rows(), arith.rowType());
        List<Value> next = arith.mac(psumIn.asList(), x, w);
        for (int r = 0; r < arith.rows(); r++) {
            psum.get(r).set(next.get(r));
            psumOut.get(r).set(psum.get(r));
        }
        xOut.set(regNext(x));
    }
}
