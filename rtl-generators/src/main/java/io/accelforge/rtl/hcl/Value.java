package io.accelforge.rtl.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A hardware value with a width and signedness fixed at construction. Operators never
 * truncate silently: wrapping forms keep the wider operand's width, growing forms say so in
 * their name, and narrowing is only through {@link #trunc} or {@link #bits}.
 */
public abstract sealed class Value permits Literal, Op, Signal, AsyncRead {
    private final HwType type;

    Value(HwType type) { this.type = type; }

    public final HwType type() { return type; }
    public final int width() { return type.width(); }
    public final boolean signed() { return type.signed(); }

    // ---- arithmetic ---------------------------------------------------------------------

    /** Wrapping add: width of the wider operand. */
    public Value add(Value o) { return arith(OpKind.ADD, o, Math.max(width(), o.width())); }
    public Value add(long c) { return add(constant(c)); }
    /** Growing add: one bit wider than the wider operand, never overflows. */
    public Value addGrow(Value o) { return arith(OpKind.ADD, o, Math.max(width(), o.width()) + 1); }
    public Value addGrow(long c) { return addGrow(constant(c)); }
    /** Wrapping subtract: width of the wider operand. */
    public Value sub(Value o) { return arith(OpKind.SUB, o, Math.max(width(), o.width())); }
    public Value sub(long c) { return sub(constant(c)); }
    /** Growing subtract: one bit wider than the wider operand. */
    public Value subGrow(Value o) { return arith(OpKind.SUB, o, Math.max(width(), o.width()) + 1); }
    /** Full-width product: width is the sum of the operand widths. */
    public Value mulFull(Value o) { return arith(OpKind.MUL, o, width() + o.width()); }
    /** Wrapping two's-complement negation, same width. */
    public Value neg() { return new Op(OpKind.SUB, type, type.lit(0), this); }

    private Value arith(OpKind k, Value o, int w) {
        sameSignedness(k, o);
        return new Op(k, type.withWidth(w), this, o);
    }

    // ---- bitwise logic ------------------------------------------------------------------

    public Value and(Value o) { return logic(OpKind.AND, o); }
    public Value and(long c) { return and(constant(c)); }
    public Value or(Value o) { return logic(OpKind.OR, o); }
    public Value or(long c) { return or(constant(c)); }
    public Value xor(Value o) { return logic(OpKind.XOR, o); }
    public Value xor(long c) { return xor(constant(c)); }
    public Value not() { return new Op(OpKind.NOT, type, this); }

    private Value logic(OpKind k, Value o) {
        sameSignedness(k, o);
        return new Op(k, type.withWidth(Math.max(width(), o.width())), this, o);
    }

    // ---- comparison ---------------------------------------------------------------------

    public Value eq(Value o) { return cmp(OpKind.EQ, o); }
    public Value eq(long c) { return eq(constant(c)); }
    public Value ne(Value o) { return cmp(OpKind.NE, o); }
    public Value ne(long c) { return ne(constant(c)); }
    public Value lt(Value o) { return cmp(OpKind.LT, o); }
    public Value lt(long c) { return lt(constant(c)); }
    public Value le(Value o) { return cmp(OpKind.LE, o); }
    public Value le(long c) { return le(constant(c)); }
    public Value gt(Value o) { return cmp(OpKind.GT, o); }
    public Value gt(long c) { return gt(constant(c)); }
    public Value ge(Value o) { return cmp(OpKind.GE, o); }
    public Value ge(long c) { return ge(constant(c)); }

    private Value cmp(OpKind k, Value o) {
        sameSignedness(k, o);
        return new Op(k, Hcl.Bool(), this, o);
    }

    // ---- shifts -------------------------------------------------------------------------

    /** Static shift left; the result grows by {@code n} bits, so nothing is lost. */
    public Value shl(int n) {
        if (n < 0) throw new HclException("shift amount must be >= 0, got " + n, null);
        if (n == 0) return this;
        return new Op(OpKind.SHL, type.withWidth(width() + n), List.of(this), n, 0);
    }

    /** Static shift right, same width; arithmetic (sign-filling) for SInt. */
    public Value shr(int n) {
        if (n < 0) throw new HclException("shift amount must be >= 0, got " + n, null);
        if (n == 0) return this;
        return new Op(OpKind.SHR, type, List.of(this), n, 0);
    }

    /** Dynamic shift left; the result grows by 2^amountWidth - 1 bits, so nothing is lost. */
    public Value shl(Value amount) {
        requireUnsigned("shift amount", amount);
        if (amount.width() > 16) {
            throw new HclException("dynamic shift amount of " + amount.width() + " bits would grow the result by 2^"
                    + amount.width() + " bits", "truncate the amount to the shifts that can really happen");
        }
        int w = width() + (1 << amount.width()) - 1;
        return new Op(OpKind.DSHL, type.withWidth(w), this, amount);
    }

    /** Dynamic shift left that keeps the width: the top bits shift out on purpose. */
    public Value shlWrap(Value amount) {
        requireUnsigned("shift amount", amount);
        return new Op(OpKind.DSHL, type, this, amount);
    }

    /** Dynamic shift right, same width; arithmetic for SInt. */
    public Value shr(Value amount) {
        requireUnsigned("shift amount", amount);
        return new Op(OpKind.DSHR, type, this, amount);
    }

    // ---- bits ---------------------------------------------------------------------------

    /** Bits [hi:lo] as a UInt. */
    public Value bits(int hi, int lo) {
        if (lo < 0 || hi >= width() || hi < lo) {
            throw new HclException("bits(" + hi + ", " + lo + ") out of range for " + type, "use indices within 0.." + (width() - 1));
        }
        if (lo == 0 && hi == width() - 1 && !signed()) return this;
        return new Op(OpKind.SLICE, Hcl.UInt(hi - lo + 1), List.of(this), hi, lo);
    }

    /** Bit i as a Bool. */
    public Value bit(int i) { return bits(i, i); }

    /** The most significant bit (the sign bit of an SInt). */
    public Value msb() { return bit(width() - 1); }

    /** Keeps the low {@code w} bits, on purpose; the signedness stays. */
    public Value trunc(int w) {
        if (w > width() || w < 1) {
            throw new HclException("trunc(" + w + ") of " + type + ": can only keep 1.." + width() + " bits", "use sext()/zext() to widen");
        }
        if (w == width()) return this;
        return new Op(OpKind.SLICE, type.withWidth(w), List.of(this), w - 1, 0);
    }

    /** Sign-extends to {@code w} bits (copies of the top bit); the signedness stays. */
    public Value sext(int w) { return extend(OpKind.SEXT, w); }

    /** Zero-extends to {@code w} bits; the signedness stays. */
    public Value zext(int w) { return extend(OpKind.ZEXT, w); }

    /** Extends to {@code w} bits by this value's own signedness. */
    public Value ext(int w) { return signed() ? sext(w) : zext(w); }

    private Value extend(OpKind k, int w) {
        if (w < width()) {
            throw new HclException(k.name().toLowerCase() + "(" + w + ") of " + type + " would narrow it", "use trunc(" + w + ") to drop bits on purpose");
        }
        if (w == width()) return this;
        return new Op(k, type.withWidth(w), this);
    }

    public Value asSInt() { return signed() ? this : new Op(OpKind.CAST, Hcl.SInt(width()), this); }
    public Value asUInt() { return signed() ? new Op(OpKind.CAST, Hcl.UInt(width()), this) : this; }

    /** Concatenation: this value is the most significant part. */
    public Value cat(Value... lower) {
        List<Value> parts = new ArrayList<>(lower.length + 1);
        parts.add(this);
        parts.addAll(List.of(lower));
        return Hcl.cat(parts);
    }

    /** {@code n} copies side by side. */
    public Value repeat(int n) {
        if (n < 1) throw new HclException("repeat count must be >= 1, got " + n, null);
        if (n == 1) return asUInt();
        return new Op(OpKind.REPEAT, Hcl.UInt(width() * n), List.of(this), n, 0);
    }

    public Value andR() { return width() == 1 && !signed() ? this : new Op(OpKind.AND_R, Hcl.Bool(), this); }
    public Value orR() { return width() == 1 && !signed() ? this : new Op(OpKind.OR_R, Hcl.Bool(), this); }
    public Value xorR() { return width() == 1 && !signed() ? this : new Op(OpKind.XOR_R, Hcl.Bool(), this); }

    // ---- helpers ------------------------------------------------------------------------

    /** An integer constant in this value's type; it must fit. */
    Literal constant(long c) {
        BigInteger v = BigInteger.valueOf(c);
        if (!type.fits(v)) {
            throw new HclException("constant " + c + " does not fit " + type + " (" + type.minValue() + ".." + type.maxValue() + ")",
                    "widen the value first (ext/sext/zext) or use a constant in range");
        }
        return new Literal(type, v);
    }

    private void sameSignedness(OpKind k, Value o) {
        if (signed() != o.signed()) {
            throw new HclException("cannot " + k.name().toLowerCase() + " " + type + " and " + o.type(),
                    "convert one side explicitly: .asSInt() / .asUInt(), extending first (zext(w+1).asSInt()) to keep the value");
        }
    }

    static void requireUnsigned(String what, Value v) {
        if (v.signed()) throw new HclException(what + " must be a UInt, got " + v.type(), "use .asUInt()");
    }
}
