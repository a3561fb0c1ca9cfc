package io.accelforge.rtl.testing;

import io.accelforge.rtl.hcl.HwType;
import java.math.BigInteger;

/**
 * Reference arithmetic for hardware values, written independently of the HCL: a value is its
 * mathematical number (negative allowed for SInt), a pattern is its bits as a number below 2^w.
 */
public final class Ref {
    private Ref() {}

    public static BigInteger mask(int w) { return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE); }

    /** The low {@code w} bits of the two's-complement form of {@code v}. */
    public static BigInteger pattern(BigInteger v, int w) { return v.and(mask(w)); }

    /** The number that {@code pattern} stands for in type {@code t}. */
    public static BigInteger value(BigInteger pattern, HwType t) {
        return t.signed() && pattern.testBit(t.width() - 1) ? pattern.subtract(BigInteger.ONE.shiftLeft(t.width())) : pattern;
    }

    /** {@code v} reduced modulo 2^w into type {@code t}: what a wrapping operator of that type yields. */
    public static BigInteger wrap(BigInteger v, HwType t) { return value(pattern(v, t.width()), t); }

    public static BigInteger bool(boolean b) { return b ? BigInteger.ONE : BigInteger.ZERO; }
}
