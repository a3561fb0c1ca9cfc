package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.FALSE;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Radix-4 (modified) Booth recoding as pure value builders. The multiplier b becomes
 * digits d_j in {-2, -1, 0, 1, 2} with b = sum d_j * 4^j; each digit selects a partial
 * product d_j * a. Layout, widths and weights are those of {@link BoothLayout}.
 */
public final class Booth {
    private Booth() {}

    /**
     * One digit as three Bools: {@code neg} (the digit is negative, or the "-0" of group
     * 111), {@code one} (magnitude 1), {@code two} (magnitude 2); one and two are never both
     * set. Value: (neg ? -1 : 1) * (one ? 1 : two ? 2 : 0).
     */
    public record Digit(Value neg, Value one, Value two) {}

    /**
     * One partial product: a two's-complement {@code row} (SInt of the layout's row width)
     * and a {@code neg} Bool, both of weight 2^shift: its value is (row + neg) * 2^shift =
     * d_j * a * 4^j. For a negative digit the row is the one's complement of |d_j| * a, and
     * neg supplies the +1 that completes the two's complement.
     */
    public record PartialProduct(Value row, Value neg, int shift) {}

    /** The digits of {@code b}, least significant first; an unsigned b is read with one more zero bit. */
    public static List<Digit> digits(Value b) {
        int n = b.width();
        int count = BoothLayout.digitCount(n, b.signed());
        List<Value> bits = new ArrayList<>();
        for (int k = 0; k < n; k++) bits.add(b.bit(k));
        Value sign = b.signed() ? bits.get(n - 1) : FALSE();
        List<Digit> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            Value hi = bitOf(bits, 2 * j + 1, sign), mid = bitOf(bits, 2 * j, sign), lo = 2 * j - 1 < 0 ? FALSE() : bitOf(bits, 2 * j - 1, sign);
            Value one = Gates.xor(mid, lo);
            // magnitude 2 for groups 100 and 011: the top two bits differ and the low two agree
            Value two = Gates.and(Gates.xor(hi, mid), Gates.not(one));
            out.add(new Digit(hi, one, two));
        }
        return out;
    }

    /**
     * The partial products d_j * a of the digits, least significant first. The multiplicand
     * is {@code a} by its own signedness; the rows are SInt(A's width + 1).
     */
    public static List<PartialProduct> partialProducts(Value a, List<Digit> digits) {
        Value big = a.signed() ? a : a.zext(a.width() + 1).asSInt();
        int rw = big.width() + 1;
        Value once = big.sext(rw).asUInt();
        Value twice = big.shl(1).asUInt();
        List<PartialProduct> out = new ArrayList<>(digits.size());
        for (int j = 0; j < digits.size(); j++) {
            Digit d = digits.get(j);
            Value mag = or(select(d.one(), once), select(d.two(), twice), rw);
            Value row = Gates.isZero(d.neg()) ? mag : mag.xor(d.neg().repeat(rw));
            out.add(new PartialProduct(row.asSInt(), d.neg(), 2 * j));
        }
        return out;
    }

    /**
     * Adds partial products to {@code heap} without sign extension: each row's top bit
     * enters inverted and a constant takes its weight back (see {@link BitHeap#addSigned}),
     * each non-constant negate bit enters at the row's column.
     */
    public static BitHeap addToHeap(BitHeap heap, List<PartialProduct> pps) {
        for (PartialProduct pp : pps) {
            heap.addSigned(pp.row(), pp.shift());
            if (!Gates.isZero(pp.neg())) heap.addBit(pp.neg(), pp.shift());
        }
        return heap;
    }

    /** The product heap of a * b (product width = sum of the widths): recoding, selection, rows into the heap. */
    public static BitHeap productHeap(Value a, Value b) {
        if (a.signed() != b.signed()) {
            throw new HclException("Booth product of " + a.type() + " and " + b.type(), "give both operands one signedness");
        }
        return addToHeap(new BitHeap(a.width() + b.width()), partialProducts(a, digits(b)));
    }

    private static Value bitOf(List<Value> bits, int k, Value sign) { return k < bits.size() ? bits.get(k) : sign; }

    /** {@code word} where {@code sel} is set, else zero; null when sel is the constant 0. */
    private static Value select(Value sel, Value word) {
        if (Gates.isZero(sel)) return null;
        if (Gates.isOne(sel)) return word;
        return sel.repeat(word.width()).and(word);
    }

    private static Value or(Value x, Value y, int width) {
        if (x == null && y == null) return FALSE().repeat(width);
        if (x == null) return y;
        if (y == null) return x;
        return x.or(y);
    }
}
