package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.util.List;

/**
 * The operators of {@link io.accelforge.rtl.hcl.Value} and {@link io.accelforge.rtl.hcl.Hcl}
 * as the fuzzer uses them. Each is total: the builder coerces operands (second operand to
 * the first one's signedness, selects to Bool, amounts and indices to UInt) and clamps
 * parameters (see {@link Coerce}), so any operands and parameters build. {@link #resultType}
 * restates the HCL's width rules; the builder checks every node against it.
 */
public enum OpCode {
    ADD(2), ADD_GROW(2), SUB(2), SUB_GROW(2), MUL_FULL(2),
    /** with a constant k (the long overloads) */
    ADD_K(1), ADD_GROW_K(1), SUB_K(1), AND_K(1), OR_K(1), XOR_K(1), EQ_K(1), NE_K(1), LT_K(1), LE_K(1), GT_K(1), GE_K(1),
    NEG(1), NOT(1), AND(2), OR(2), XOR(2),
    EQ(2), NE(2), LT(2), LE(2), GT(2), GE(2),
    /** static shifts by p */
    SHL(1), SHR(1),
    /** dynamic shift left, growing; the amount is p bits wide */
    SHL_DYN(2),
    SHL_WRAP(2), SHR_DYN(2),
    /** bits(p, q) */
    BITS(1),
    /** bit(p) */
    BIT(1), MSB(1),
    /** to p bits */
    TRUNC(1), SEXT(1), ZEXT(1), EXT(1),
    AS_SINT(1), AS_UINT(1),
    /** concatenation of one or more values; p odd: Hcl.cat(...), even: a.cat(...) */
    CAT(-1),
    /** p copies */
    REPEAT(1),
    AND_R(1), OR_R(1), XOR_R(1),
    /** select, when-true, when-false */
    MUX(3),
    /** index (p bits wide), then one or more items (coerced to the first item's type) */
    SELECT(-1);

    /** Operand count, or -1 for CAT (1+) and SELECT (2+). */
    public final int arity;

    OpCode(int arity) { this.arity = arity; }

    public boolean comparison() {
        return switch (this) {
            case EQ, NE, LT, LE, GT, GE, EQ_K, NE_K, LT_K, LE_K, GT_K, GE_K -> true;
            default -> false;
        };
    }

    /** The result type for operands of types {@code a} (before coercion) and parameters p, q. */
    public HwType resultType(List<HwType> a, int p, int q) {
        HwType x = a.getFirst();
        int w = x.width();
        return switch (this) {
            case ADD, SUB, AND, OR, XOR -> x.withWidth(Math.max(w, a.get(1).width()));
            case ADD_GROW, SUB_GROW -> x.withWidth(Math.max(w, a.get(1).width()) + 1);
            case MUL_FULL -> x.withWidth(w + a.get(1).width());
            case ADD_K, SUB_K, AND_K, OR_K, XOR_K, NEG, NOT, SHR, SHL_WRAP, SHR_DYN -> x;
            case ADD_GROW_K -> x.withWidth(w + 1);
            case EQ, NE, LT, LE, GT, GE, EQ_K, NE_K, LT_K, LE_K, GT_K, GE_K, BIT, MSB, AND_R, OR_R, XOR_R -> Coerce.BOOL;
            case SHL -> x.withWidth(w + Coerce.shiftAmount(p));
            case SHL_DYN -> x.withWidth(w + (1 << Coerce.dynShiftWidth(p)) - 1);
            case BITS -> {
                int hi = Coerce.hi(p, w);
                yield new HwType(hi - Coerce.lo(q, hi) + 1, false);
            }
            case TRUNC -> x.withWidth(Coerce.truncWidth(p, w));
            case SEXT, ZEXT, EXT -> x.withWidth(Coerce.extWidth(p, w));
            case AS_SINT -> new HwType(w, true);
            case AS_UINT -> new HwType(w, false);
            case CAT -> {
                int sum = 0;
                for (HwType t : a) sum += t.width();
                yield new HwType(sum, false);
            }
            case REPEAT -> new HwType(w * Coerce.repeatCount(p), false);
            case MUX -> a.get(1).withWidth(Math.max(a.get(1).width(), a.get(2).width()));
            case SELECT -> a.get(1);
        };
    }
}
