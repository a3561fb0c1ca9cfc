package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Value;

/**
 * Counters and compressors as pure value builders: they take values and return values and
 * create no wires, so any module constructor can use them.
 *
 * <p>Bit weights: in every result the {@code carry} has twice the weight of the
 * {@code sum} at the same index. For words that means bit i of {@code sum} weighs 2^i and
 * bit i of {@code carry} weighs 2^(i+1), so the value identity reads
 * {@code inputs = sum + 2*carry}; words are read as unsigned numbers.
 */
public final class Compressors {
    private Compressors() {}

    /** Two outputs of weight 1 and 2: {@code sum + 2*carry}. */
    public record SumCarry(Value sum, Value carry) {}

    /**
     * Outputs of a 4:2 compressor row: {@code sum} (bit i weighs 2^i), {@code carry} (bit i
     * weighs 2^(i+1)) and {@code cout}, the carry out of the top position (weighs 2^W).
     */
    public record Compressed42(Value sum, Value carry, Value cout) {}

    /** Half adder on Bools: a + b = sum + 2*carry. */
    public static SumCarry halfAdder(Value a, Value b) {
        return new SumCarry(Gates.xor(a, b), Gates.and(a, b));
    }

    /** Full adder (3:2 counter) on Bools: a + b + c = sum + 2*carry. */
    public static SumCarry fullAdder(Value a, Value b, Value c) {
        if (Gates.isConstant(a) || Gates.isConstant(b) || Gates.isConstant(c)) {
            return new SumCarry(Gates.xor(Gates.xor(a, b), c), Gates.majority(a, b, c));
        }
        // a^b is shared by the sum and the carry, as in the textbook cell
        Value t = a.xor(b);
        return new SumCarry(t.xor(c), a.and(b).or(c.and(t)));
    }

    /**
     * Word-level carry-save adder (a row of W full adders, no carry chain):
     * x + y + z = sum + 2*carry, all W-bit unsigned; sum and carry are UInt(W).
     */
    public static SumCarry csa(Value x, Value y, Value z) {
        sameWidth("csa", x, y, z);
        Value a = x.asUInt(), b = y.asUInt(), c = z.asUInt();
        Value t = a.xor(b);
        Value sum = t.xor(c);
        Value carry = a.and(b).or(c.and(t));
        return new SumCarry(sum, carry);
    }

    /**
     * Word-level 4:2 compressor: a row of W cells, each two full adders, where the first
     * adder's carry of position i is the second adder's carry-in at position i+1 (it never
     * depends on that carry-in, so the row has no ripple). Value identity, all unsigned:
     * {@code x + y + z + w + cin = sum + 2*carry + 2^W * cout}.
     */
    public static Compressed42 compress42(Value x, Value y, Value z, Value w, Value cin) {
        int width = sameWidth("compress42", x, y, z, w);
        if (!cin.type().isBool()) throw new HclException("compress42 carry-in must be a Bool, got " + cin.type(), null);
        SumCarry first = csa(x, y, z);
        Value chainIn = width == 1 ? cin : first.carry().bits(width - 2, 0).cat(cin);
        SumCarry second = csa(first.sum(), w.asUInt(), chainIn);
        return new Compressed42(second.sum(), second.carry(), first.carry().bit(width - 1));
    }

    private static int sameWidth(String what, Value... vs) {
        int w = vs[0].width();
        for (Value v : vs) {
            if (v.width() != w) {
                throw new HclException(what + " operands must have one width, got " + vs[0].type() + " and " + v.type(),
                        "extend the narrower operand first (ext/zext/sext)");
            }
        }
        return w;
    }
}
