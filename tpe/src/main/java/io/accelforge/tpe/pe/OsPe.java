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
 * Output-stationary PE: keeps one accumulator (in the stored form of its {@link PeArithmetic}:
 * one word for PLAIN, sum and carry rows for OPT1) and passes its operands and control on.
 *
 * <p>Each cycle, in priority order:
 * <ul>
 *   <li>{@code shift}: the accumulator takes {@code accIn} (the drain chain: the PE above's
 *       {@code accOut}); no multiply-accumulate happens;</li>
 *   <li>{@code valid}: acc = (first ? 0 : acc) + a * b;</li>
 *   <li>otherwise the accumulator holds.</li>
 * </ul>
 * {@code aOut}, {@code bOut}, {@code validOut} and {@code firstOut} are {@code a}, {@code b},
 * {@code valid} and {@code first} one cycle later (to the PE on the right, and for the
 * control also to the PE below in column 0). {@code accOut} is the accumulator register.
 * Only the control registers are reset.
 */
public final class OsPe extends Module {
    public final Input a, b, valid, first, shift;
    public final Vec<Input> accIn;
    public final Output aOut, bOut, validOut, firstOut;
    public final Vec<Output> accOut;
    private final Vec<Reg> acc;

    public OsPe(PeParams p) {
        super(p);
        PeArithmetic arith = p.arithmetic();
        a = input(arith.operandType());
        b = input(arith.operandType());
        valid = input(Bool());
        first = input(Bool());
        shift = input(Bool());
        accIn = inputs(arith.rows(), arith.rowType());
        aOut = output(arith.operandType());
        bOut = output(arith.operandType());
        validOut = output(Bool());
        firstOut = output(Bool());
        accOut = outputs(arith.rows(), arith.rowType());

        acc = regs(arith.rows(), arith.rowType());
        List<Value> next = arith.mac(arith.clearedWhen(first, acc.asList()), a, b);
        for (int r = 0; r < arith.rows(); r++) {
            Reg row = acc.get(r);
            Value in = accIn.get(r), sum = next.get(r);
            when(shift, () -> row.set(in)).elseWhen(valid, () -> row.set(sum));
            accOut.get(r).set(row);
        }
        aOut.set(regNext(a));
        bOut.set(regNext(b));
        validOut.set(regNext(valid, 0));
        firstOut.set(regNext(first, 0));
    }
}
