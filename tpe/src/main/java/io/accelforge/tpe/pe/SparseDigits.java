package io.accelforge.tpe.pe;

import io.accelforge.rtl.blocks.arith.BoothLayout;
import io.accelforge.rtl.blocks.arith.BoothModel;
import io.accelforge.tpe.Precision;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden arithmetic of a sparsity-encoding (digit-serial) MAC: an operand becomes radix-4
 * Booth digits d_j in {-2..2} with a = sum d_j * 4^j (exactly {@link BoothModel#digits}); the
 * PE spends one cycle per non-zero digit and skips the zeros.
 *
 * <p>The cycle rule: a MAC occupies the PE for {@code max(1, nonZero(a))} cycles. The "1" is
 * for the all-zero operand (a = 0, the only value whose digits are all zero): the operand
 * interface takes at most one pair per cycle, so even a MAC with nothing to add uses its
 * acceptance slot.
 */
public final class SparseDigits {
    private SparseDigits() {}

    /** A non-zero digit: {@code value} in {-2, -1, 1, 2}, weighing 4^{@code position}. */
    public record Digit(int value, int position) {
        /** value * 4^position * b: this digit's partial product. */
        public long times(long b) { return value * b << 2 * position; }
    }

    /** Booth digits of a W-bit operand: ceil(W/2) signed, ceil((W+1)/2) unsigned (one more zero bit on top). */
    public static int digitCount(Precision p, boolean signed) { return BoothLayout.digitCount(p.bits(), signed); }

    /** The non-zero digits of {@code a}, lowest weight first (the order the encoder hands them out). */
    public static List<Digit> nonZero(long a, Precision p, boolean signed) {
        requireOperand(a, p, signed);
        int[] d = BoothModel.digits(BigInteger.valueOf(a), p.bits(), signed);
        List<Digit> out = new ArrayList<>(d.length);
        for (int j = 0; j < d.length; j++) if (d[j] != 0) out.add(new Digit(d[j], j));
        return out;
    }

    /** How many radix-4 digits of {@code a} are non-zero. */
    public static int count(long a, Precision p, boolean signed) { return nonZero(a, p, signed).size(); }

    /** Cycles one MAC with multiplier {@code a} occupies the PE: max(1, non-zero digits). */
    public static int cycles(long a, Precision p, boolean signed) { return Math.max(1, count(a, p, signed)); }

    static void requireOperand(long a, Precision p, boolean signed) {
        if (a < p.min(signed) || a > p.max(signed)) {
            throw new IllegalArgumentException("operand " + a + " is outside " + (signed ? "signed " : "unsigned ") + p
                    + " (" + p.min(signed) + ".." + p.max(signed) + ")");
        }
    }
}
