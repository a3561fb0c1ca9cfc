package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.blocks.arith.Compressors;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;

/**
 * The arithmetic of one sparsity-encoding PE, without its encoder: the digit broadcast by a
 * {@link SparseDigitEncoder} times this PE's multiplicand {@code b}, shifted to the digit's
 * weight, goes into a carry-save accumulator (a 3:2 counter per bit, no carry chain). The
 * accumulator is two rows whose sum modulo 2^acc is the result; a carry-propagate adder is
 * only needed where results drain, outside the lane.
 *
 * <p>A negative digit enters as the one's complement of the shifted magnitude plus one: the
 * complement covers all acc bits (ones below the shift, too), so the +1 lands at bit 0, the
 * one bit the shifted carry row always leaves free. {@code shift} loads the rows from
 * {@code sumIn}/{@code carryIn} instead: the lanes of an array column form the drain chain.
 */
public final class SparseDigitLane extends Module {
    public final Input b, neg, one, two, position, accumulate, shift, sumIn, carryIn;
    public final Output sumOut, carryOut;
    private final Wire partialProduct;
    private final Reg sumRow, carryRow;

    public SparseDigitLane(SparseDigitPeParams p) {
        super(p);
        int acc = p.acc();
        b = input(p.precision().type(p.signed()));
        neg = input(Bool());
        one = input(Bool());
        two = input(Bool());
        position = input(UInt(p.digits()));
        accumulate = input(Bool());
        shift = input(Bool());
        sumIn = input(UInt(acc));
        carryIn = input(UInt(acc));
        sumOut = output(UInt(acc));
        carryOut = output(UInt(acc));

        partialProduct = wire(shifted(magnitude(b, one, two).sext(acc).asUInt()).xor(neg.repeat(acc)));
        sumRow = reg(UInt(acc)).init(0);
        carryRow = reg(UInt(acc)).init(0);
        Compressors.SumCarry next = Compressors.csa(sumRow, carryRow, partialProduct);
        when(shift, () -> {
            sumRow.set(sumIn);
            carryRow.set(carryIn);
        }).elseWhen(accumulate, () -> {
            sumRow.set(next.sum());
            carryRow.set(next.carry().bits(acc - 2, 0).cat(neg));
        });
        sumOut.set(sumRow);
        carryOut.set(carryRow);
    }

    /** |digit| * b as an SInt one bit wider than b's two's-complement form: b, 2b or 0. */
    private static Value magnitude(Value b, Value one, Value two) {
        Value x = b.signed() ? b : b.zext(b.width() + 1).asSInt();
        int w = x.width() + 1;
        Value once = x.sext(w).asUInt(), twice = x.shl(1).asUInt();
        return one.repeat(w).and(once).or(two.repeat(w).and(twice)).asSInt();
    }

    /** {@code word} shifted left by 2j for the one-hot position bit j, within its width. */
    private Value shifted(Value word) {
        int acc = word.width();
        Value out = null;
        for (int j = 0; j < position.width(); j++) {
            Value term = position.bit(j).repeat(acc).and(word.shl(2 * j).trunc(acc));
            out = out == null ? term : out.or(term);
        }
        return out;
    }
}
