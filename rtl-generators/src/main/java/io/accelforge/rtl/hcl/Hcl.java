package io.accelforge.rtl.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Static helpers for generators: {@code import static io.accelforge.rtl.hcl.Hcl.*;} */
public final class Hcl {
    private Hcl() {}

    public static HwType UInt(int width) { return new HwType(width, false); }
    public static HwType SInt(int width) { return new HwType(width, true); }
    public static HwType Bool() { return new HwType(1, false); }

    public static Literal lit(long value, HwType type) { return type.lit(value); }
    public static Literal lit(BigInteger value, HwType type) { return type.lit(value); }
    public static Literal TRUE() { return Bool().lit(1); }
    public static Literal FALSE() { return Bool().lit(0); }

    /** Bits needed to count 0..n-1 (at least 1). */
    public static int log2Up(long n) {
        if (n < 1) throw new IllegalArgumentException("log2Up of " + n);
        return Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1));
    }

    /** Bits needed to hold the value n (at least 1). */
    public static int bitsFor(long n) {
        if (n < 0) throw new IllegalArgumentException("bitsFor of " + n);
        return Math.max(1, 64 - Long.numberOfLeadingZeros(n));
    }

    /** 2-way multiplexer; the arms are extended to the wider one and must agree in signedness. */
    public static Value mux(Value sel, Value whenTrue, Value whenFalse) {
        requireBool("mux select", sel);
        if (whenTrue.signed() != whenFalse.signed()) {
            throw new HclException("mux arms differ in signedness: " + whenTrue.type() + " and " + whenFalse.type(),
                    "convert one arm with .asSInt() / .asUInt()");
        }
        int w = Math.max(whenTrue.width(), whenFalse.width());
        return new Op(OpKind.MUX, whenTrue.type().withWidth(w), sel, whenTrue, whenFalse);
    }

    /** Concatenation, first part most significant. */
    public static Value cat(Value... parts) { return cat(List.of(parts)); }

    public static Value cat(List<? extends Value> parts) {
        if (parts.isEmpty()) throw new HclException("cat() of nothing", "pass at least one value");
        if (parts.size() == 1) return parts.getFirst().asUInt();
        long w = 0;
        for (Value p : parts) w += p.width();
        if (w > HwType.MAX_WIDTH) throw new HclException("cat() result of " + w + " bits is too wide", null);
        return new Op(OpKind.CAT, UInt((int) w), new ArrayList<>(parts), 0, 0);
    }

    /** Element {@code index} of {@code items}, as a balanced mux tree; out-of-range indices give the last element. */
    public static Value select(Value index, List<? extends Value> items) {
        Value.requireUnsigned("select index", index);
        if (items.isEmpty()) throw new HclException("select() from no items", null);
        // the tree decodes the low bits that can name an item; any higher bit set is out of range
        int treeBits = Math.min(index.width(), log2Up(items.size()));
        Value tree = selectRange(index, items, 0, items.size(), treeBits - 1);
        if (index.width() == treeBits) return tree;
        return mux(index.bits(index.width() - 1, treeBits).orR(), items.getLast(), tree);
    }

    /**
     * items[from, to) by index bits [bit:0]; {@code from} is a multiple of 2^(bit+1), so only
     * the last range (to == items.size()) can be partly past the end.
     */
    private static Value selectRange(Value index, List<? extends Value> items, int from, int to, int bit) {
        if (to - from == 1 || bit < 0) return items.get(from);
        if (bit >= 31 || from + (1 << bit) >= to) {
            // every index with this bit set lies past the end, and so selects the last item
            return mux(index.bit(bit), items.get(to - 1), selectRange(index, items, from, to, bit - 1));
        }
        int half = 1 << bit;
        return mux(index.bit(bit), selectRange(index, items, from + half, to, bit - 1), selectRange(index, items, from, from + half, bit - 1));
    }

    static void requireBool(String what, Value v) {
        if (v.width() != 1) throw new HclException(what + " must be 1 bit, got " + v.type(), "reduce it first, e.g. .orR() or .ne(0)");
    }
}
