package io.accelforge.rtl.blocks.arith;

import java.math.BigInteger;

/**
 * The golden arithmetic of radix-4 Booth recoding, on numbers: digits, negate bits and
 * partial-product rows exactly as {@link Booth} builds them, so hardware can be compared
 * with it value by value. Bits of b are read as two's complement (BigInteger.testBit
 * sign-extends negative numbers for ever, and an unsigned b is non-negative, so its extra
 * top bit reads 0).
 */
public final class BoothModel {
    private BoothModel() {}

    /** d_j = -2*b[2j+1] + b[2j] + b[2j-1], b[-1] = 0, least significant digit first. */
    public static int[] digits(BigInteger b, int widthB, boolean signed) {
        int[] d = new int[BoothLayout.digitCount(widthB, signed)];
        for (int j = 0; j < d.length; j++) d[j] = -2 * bit(b, 2 * j + 1) + bit(b, 2 * j) + bit(b, 2 * j - 1);
        return d;
    }

    /** The negate bit of digit j: b[2j+1] (set for the "-0" group 111 too). */
    public static int neg(BigInteger b, int j) { return bit(b, 2 * j + 1); }

    /** The row of digit j: d_j * a - neg_j, so that row + neg = d_j * a. */
    public static BigInteger row(BigInteger a, BigInteger b, int widthB, boolean signed, int j) {
        return a.multiply(BigInteger.valueOf(digits(b, widthB, signed)[j])).subtract(BigInteger.valueOf(neg(b, j)));
    }

    private static int bit(BigInteger v, int i) { return i >= 0 && v.testBit(i) ? 1 : 0; }
}
