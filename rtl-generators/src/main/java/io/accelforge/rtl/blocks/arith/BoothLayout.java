package io.accelforge.rtl.blocks.arith;

import java.math.BigInteger;

/**
 * Where the bits of a radix-4 Booth multiplication land, in plain numbers: what
 * {@link Booth} builds and what {@link Booth#addToHeap} puts into a bit heap, so that tree
 * plans (and the pipeline depths they allow) are known before any hardware exists.
 *
 * <p>Multiplier b (widthB bits) is read as two's complement; an unsigned one is first
 * extended by one zero bit. Digit j looks at bits (b[2j+1], b[2j], b[2j-1]) with b[-1] = 0
 * and weighs 4^j. The multiplicand a becomes A, two's complement of
 * {@link #multiplicandWidth} bits; each partial-product row is two's complement of
 * {@link #rowWidth} = that + 1 bits (room for 2A), at column 2j.
 */
public record BoothLayout(int widthA, int widthB, boolean signed) {
    public BoothLayout {
        if (widthA < 1 || widthB < 1) throw new IllegalArgumentException("Booth operand widths must be >= 1, got " + widthA + " x " + widthB);
    }

    /**
     * Digits for a {@code widthB}-bit multiplier: ceil(n/2) when signed, ceil((n+1)/2) when
     * unsigned (the extra zero bit). A signed multiplier needs no extra digit: the next
     * group would read three copies of the sign bit, which is always digit 0.
     */
    public static int digitCount(int widthB, boolean signed) { return signed ? (widthB + 1) / 2 : (widthB + 2) / 2; }

    public int digitCount() { return digitCount(widthB, signed); }

    /** Width of A: a itself when signed, a with a zero on top when unsigned. */
    public int multiplicandWidth() { return signed ? widthA : widthA + 1; }

    /** Width of each partial-product row: A's width plus one, since the row may be 2A or -2A-1. */
    public int rowWidth() { return multiplicandWidth() + 1; }

    /** The row of digit j weighs 2^(2j). */
    public int shift(int digit) { return 2 * digit; }

    /**
     * Whether digit j can be negative. The top digit of an unsigned multiplier reads a zero
     * bit as b[2j+1], so its negate bit is the constant 0 and never enters a heap.
     */
    public boolean hasNeg(int digit) { return signed || 2 * digit + 1 < widthB; }

    /** Width of the exact product. */
    public int productWidth() { return widthA + widthB; }

    /**
     * Column heights of the product heap that {@link Booth#addToHeap} builds, heap width =
     * product width: each row without sign extension (inverted top bit plus a constant),
     * each negate bit at the row's column, and one bit per set bit of the summed constant.
     */
    public int[] heapHeights() {
        int w = productWidth();
        int[] h = new int[w];
        for (int j = 0; j < digitCount(); j++) {
            for (int k = 0; k < rowWidth() && shift(j) + k < w; k++) h[shift(j) + k]++;
            if (hasNeg(j) && shift(j) < w) h[shift(j)]++;
        }
        BigInteger c = heapConstant();
        for (int i = 0; i < w; i++) if (c.testBit(i)) h[i]++;
        return h;
    }

    /** The sign-extension constant: minus the top-bit weight of every row, modulo 2^productWidth. */
    public BigInteger heapConstant() {
        BigInteger c = BigInteger.ZERO;
        for (int j = 0; j < digitCount(); j++) c = c.subtract(BigInteger.ONE.shiftLeft(shift(j) + rowWidth() - 1));
        return c.mod(BigInteger.ONE.shiftLeft(productWidth()));
    }
}
