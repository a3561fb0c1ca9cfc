package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;

/**
 * Plain 2D-Matrix PE: a multiplier and a carry-propagate adder into the accumulator. Each
 * cycle, by priority: {@code drain} loads the accumulator from the PE above ({@code accIn});
 * {@code valid} adds a*b ({@code first}: loads a*b). Wraps at the accumulator width.
 */
public final class Matrix2dPlainPe extends Module {
    public final Input a, b, valid, first, drain, accIn;
    public final Output accOut;
    private final Reg acc;

    public Matrix2dPlainPe(Matrix2dPeParams p) {
        super(p);
        a = input(p.operand());
        b = input(p.operand());
        valid = input(Bool());
        first = input(Bool());
        drain = input(Bool());
        accIn = input(p.accumulator());
        accOut = output(p.accumulator());

        acc = reg(p.accumulator());
        Value product = a.mulFull(b).ext(p.accWidth());
        when(drain, () -> acc.set(accIn))
                .elseWhen(valid, () -> acc.set(mux(first, product, acc.add(product))));
        accOut.set(acc);
    }
}
