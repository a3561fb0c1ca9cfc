package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.TRUE;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.OpKind;
import io.accelforge.rtl.hcl.Value;

/**
 * One-bit logic that folds constant inputs away. Arithmetic builders meet constant bits all
 * the time (the carry-in of a prefix adder, the sign-extension constant of a bit heap, the
 * zero above an unsigned operand); folding here keeps the emitted Verilog free of
 * {@code x & 1'b1} noise and the gate counts honest. Also folded: a value with itself and
 * a value with its own NOT (by identity of the value objects). Every argument must be a Bool.
 */
public final class Gates {
    private Gates() {}

    public static Value and(Value a, Value b) {
        requireBool(a);
        requireBool(b);
        if (isZero(a) || isZero(b)) return FALSE();
        if (isOne(a)) return b;
        if (isOne(b)) return a;
        if (a == b) return a;
        if (complementary(a, b)) return FALSE();
        return a.and(b);
    }

    public static Value or(Value a, Value b) {
        requireBool(a);
        requireBool(b);
        if (isOne(a) || isOne(b)) return TRUE();
        if (isZero(a)) return b;
        if (isZero(b)) return a;
        if (a == b) return a;
        if (complementary(a, b)) return TRUE();
        return a.or(b);
    }

    public static Value xor(Value a, Value b) {
        requireBool(a);
        requireBool(b);
        if (isZero(a)) return b;
        if (isZero(b)) return a;
        if (isOne(a)) return not(b);
        if (isOne(b)) return not(a);
        if (a == b) return FALSE();
        if (complementary(a, b)) return TRUE();
        return a.xor(b);
    }

    public static Value not(Value a) {
        requireBool(a);
        if (isZero(a)) return TRUE();
        if (isOne(a)) return FALSE();
        if (a instanceof Op op && op.kind() == OpKind.NOT) return op.arg(0);
        return a.not();
    }

    /** Majority of three: the carry of a full adder. */
    public static Value majority(Value a, Value b, Value c) {
        if (isConstant(a)) return isOne(a) ? or(b, c) : and(b, c);
        if (isConstant(b)) return isOne(b) ? or(a, c) : and(a, c);
        if (isConstant(c)) return isOne(c) ? or(a, b) : and(a, b);
        return or(and(a, b), and(c, or(a, b)));
    }

    public static boolean isConstant(Value v) { return v instanceof Literal; }

    /** True when {@code v} is the constant 0. */
    public static boolean isZero(Value v) { return v instanceof Literal l && l.value().signum() == 0; }

    /** True when {@code v} is a constant whose bits are all ones (for a Bool: 1). */
    public static boolean isOne(Value v) { return v instanceof Literal l && l.bits().bitCount() == l.width(); }

    /** One is the NOT of the other (the same value object). */
    private static boolean complementary(Value a, Value b) {
        return a instanceof Op op && op.kind() == OpKind.NOT && op.arg(0) == b
                || b instanceof Op op2 && op2.kind() == OpKind.NOT && op2.arg(0) == a;
    }

    private static void requireBool(Value v) {
        if (!v.type().isBool()) throw new HclException("expected a Bool, got " + v.type(), "take one bit with .bit(i)");
    }
}
