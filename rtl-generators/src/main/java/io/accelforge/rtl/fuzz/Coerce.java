package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.math.BigInteger;

/** How the builder clamps operator parameters and constants, shared with {@link OpCode#resultType}. */
public final class Coerce {
    public static final HwType BOOL = new HwType(1, false);
    /** Widest extension a parameter may ask for. */
    public static final int MAX_EXT = 300;

    private Coerce() {}

    public static int shiftAmount(int p) { return Math.clamp(p, 0, 64); }

    /** Width of a growing dynamic shift's amount: 1..6 bits (the result grows by up to 63). */
    public static int dynShiftWidth(int p) { return Math.clamp(p, 1, 6); }

    public static int hi(int p, int width) { return Math.clamp(p, 0, width - 1); }

    public static int lo(int q, int hi) { return Math.clamp(q, 0, hi); }

    public static int truncWidth(int p, int width) { return Math.clamp(p, 1, width); }

    public static int extWidth(int p, int width) { return Math.max(width, Math.min(p, MAX_EXT)); }

    public static int repeatCount(int p) { return Math.clamp(p, 1, 8); }

    public static int selectIndexWidth(int p) { return Math.clamp(p, 1, 40); }

    /** Mask lanes: the largest divisor of the word width not above the asked count. */
    public static int lanes(int asked, int width) {
        for (int l = Math.clamp(asked, 1, width); l > 1; l--) if (width % l == 0) return l;
        return 1;
    }

    /** {@code k} made to fit {@code t}: its low bits, read by t's signedness (non-negative for a UInt of 63+ bits). */
    public static long constant(long k, HwType t) {
        int w = t.width();
        if (t.signed()) return w >= 64 ? k : (k << (64 - w)) >> (64 - w);
        return w >= 63 ? k & Long.MAX_VALUE : k & ((1L << w) - 1);
    }

    /** The value of bit pattern {@code bits} (low width bits) in type {@code t}. */
    public static BigInteger valueOf(BigInteger bits, HwType t) {
        BigInteger b = bits.and(BigInteger.ONE.shiftLeft(t.width()).subtract(BigInteger.ONE));
        return t.signed() && b.testBit(t.width() - 1) ? b.subtract(BigInteger.ONE.shiftLeft(t.width())) : b;
    }

    /** A case label pattern as a value of the selector type, or null when a long cannot hold it (UInt(64) with the top bit). */
    public static Long caseValue(long pattern, HwType t) {
        BigInteger v = valueOf(BigInteger.valueOf(pattern).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)), t);
        return v.bitLength() < 64 ? v.longValue() : null;
    }
}
