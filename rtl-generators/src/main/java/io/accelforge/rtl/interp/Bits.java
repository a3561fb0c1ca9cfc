package io.accelforge.rtl.interp;

import java.math.BigInteger;

/** Two's-complement helpers over raw bit patterns (a value is kept as its unsigned pattern). */
final class Bits {
    private Bits() {}

    static long mask(int w) { return w >= 64 ? -1L : (1L << w) - 1; }

    static BigInteger bigMask(int w) { return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE); }

    /** The pattern of width {@code w} read as a signed long. */
    static long sext(long raw, int w) { return w >= 64 ? raw : (raw << (64 - w)) >> (64 - w); }

    static BigInteger toBig(long raw, int w) {
        BigInteger b = BigInteger.valueOf(raw);
        return raw < 0 ? b.and(bigMask(Math.min(w, 64))) : b;
    }

    /** The pattern of width {@code w} read as a signed number. */
    static BigInteger signedBig(BigInteger raw, int w) { return raw.testBit(w - 1) ? raw.subtract(BigInteger.ONE.shiftLeft(w)) : raw; }

    /** Extends a {@code from}-bit pattern to {@code to} bits. */
    static long extend(long raw, int from, int to, boolean signed) { return signed ? sext(raw, from) & mask(to) : raw; }

    static BigInteger extend(BigInteger raw, int from, int to, boolean signed) {
        if (!signed || !raw.testBit(from - 1)) return raw;
        return raw.or(bigMask(to).xor(bigMask(from)));
    }
}
