package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.blocks.arith.RowPair;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;

/**
 * OPT1 2D-Matrix PE: the accumulator stays in carry-save form (two rows), and a*b's Booth
 * partial products go into one Dadda tree with them ({@link CubeCarrySavePe#macRows}); no
 * carry-propagate adder in the PE. By priority: {@code drain} loads both rows from the PE
 * above; {@code valid} adds a*b ({@code first}: the rows start from zero). Value:
 * sum + carry modulo 2^accWidth, exactly the plain PE's accumulator.
 */
public final class Matrix2dCarrySavePe extends Module {
    public final Input a, b, valid, first, drain, sumIn, carryIn;
    public final Output sumOut, carryOut;
    private final Reg sum, carry;

    public Matrix2dCarrySavePe(Matrix2dPeParams p) {
        super(p);
        int w = p.accWidth();
        a = input(p.operand());
        b = input(p.operand());
        valid = input(Bool());
        first = input(Bool());
        drain = input(Bool());
        sumIn = input(UInt(w));
        carryIn = input(UInt(w));
        sumOut = output(UInt(w));
        carryOut = output(UInt(w));

        sum = reg(UInt(w));
        carry = reg(UInt(w));
        Value zero = UInt(w).lit(0);
        RowPair next = CubeCarrySavePe.macRows(a, b, mux(first, zero, sum), mux(first, zero, carry), w);
        when(drain, () -> {
            sum.set(sumIn);
            carry.set(carryIn);
        }).elseWhen(valid, () -> {
            sum.set(next.x());
            carry.set(next.y());
        });
        sumOut.set(sum);
        carryOut.set(carry);
    }
}
