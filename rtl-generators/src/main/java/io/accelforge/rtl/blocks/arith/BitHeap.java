package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.TRUE;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A bit heap (dot diagram): columns of one-bit values, where every bit in column i weighs
 * 2^i, plus one constant. Its value is the sum of all bits times their weights plus the
 * constant, modulo 2^width: bits and carries that would land at column {@code width} or
 * above are dropped, so choose the width to hold the exact result. Constant bits (literal
 * ones and zeros) are never stored as bits; they fold into the constant, which becomes at
 * most one literal bit per column when the heap is reduced.
 *
 * <p>A pure value container: it builds values, never wires, and adding to it is cheap.
 */
public final class BitHeap {
    private final int width;
    private final List<List<Value>> columns;
    private BigInteger constant = BigInteger.ZERO;

    public BitHeap(int width) {
        if (width < 1) throw new HclException("a bit heap needs at least one column, got " + width, null);
        this.width = width;
        this.columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) columns.add(new ArrayList<>());
    }

    public int width() { return width; }

    /** The constant part, in 0..2^width-1. */
    public BigInteger constant() { return constant; }

    /** The non-constant bits of column {@code i}, in the order they were added. */
    public List<Value> column(int i) { return List.copyOf(columns.get(i)); }

    /** Adds one Bool of weight 2^column; nothing happens for columns at or above the width. */
    public BitHeap addBit(Value bit, int column) {
        if (!bit.type().isBool()) throw new HclException("a bit heap holds Bools, got " + bit.type(), "take one bit with .bit(i)");
        if (column < 0) throw new HclException("column " + column + " is below the heap", null);
        if (column >= width) return this;
        if (bit instanceof Literal l) {
            if (l.value().signum() != 0) addConstant(BigInteger.ONE.shiftLeft(column));
        } else {
            columns.get(column).add(bit);
        }
        return this;
    }

    /** Adds {@code word} read as unsigned, bit j at column {@code shift + j} (its signedness is ignored). */
    public BitHeap addUnsigned(Value word, int shift) {
        List<Value> bits = BitList.of(word);
        for (int j = 0; j < bits.size(); j++) addBit(bits.get(j), shift + j);
        return this;
    }

    /**
     * Adds {@code word} read as two's complement, without sign extension: its top bit is
     * added inverted and the constant -2^(shift+w-1) is folded in, because
     * -s*2^k = (1-s)*2^k - 2^k. One bit per column instead of a column of sign copies.
     */
    public BitHeap addSigned(Value word, int shift) {
        List<Value> bits = BitList.of(word);
        int top = bits.size() - 1;
        for (int j = 0; j < top; j++) addBit(bits.get(j), shift + j);
        addBit(Gates.not(bits.get(top)), shift + top);
        return addConstant(BigInteger.ONE.shiftLeft(shift + top).negate());
    }

    /** Adds {@code word} read as two's complement by copying its top bit into every column up to the width. */
    public BitHeap addSignExtended(Value word, int shift) {
        List<Value> bits = BitList.of(word);
        int top = bits.size() - 1;
        for (int j = 0; j < top; j++) addBit(bits.get(j), shift + j);
        Value sign = bits.get(top);   // one value for every copy, so the copies share their adders
        for (int c = shift + top; c < width; c++) addBit(sign, c);
        return this;
    }

    /** Adds {@code word} by its own signedness: sign extension for SInt, zero extension for UInt. */
    public BitHeap addExtended(Value word, int shift) {
        return word.signed() ? addSignExtended(word, shift) : addUnsigned(word, shift);
    }

    /** Adds a constant (any sign; it is taken modulo 2^width). */
    public BitHeap addConstant(BigInteger c) {
        constant = constant.add(c).mod(BigInteger.ONE.shiftLeft(width));
        return this;
    }

    /** Bits per column, counting one per set bit of the constant: what a reduction sees. */
    public int[] heights() {
        int[] h = new int[width];
        for (int i = 0; i < width; i++) h[i] = columns.get(i).size() + (constant.testBit(i) ? 1 : 0);
        return h;
    }

    /** A copy whose constant is spelled out as literal one bits at the top of their columns. */
    BitHeap withConstantBits() {
        BitHeap h = new BitHeap(width);
        for (int i = 0; i < width; i++) {
            h.columns.get(i).addAll(columns.get(i));
            if (constant.testBit(i)) h.columns.get(i).add(TRUE());
        }
        return h;
    }

    /** The raw columns for the reduction (including literal bits of {@link #withConstantBits}). */
    List<List<Value>> columnsView() { return columns; }

    static BitHeap ofColumns(int width, List<List<Value>> cols) {
        BitHeap h = new BitHeap(width);
        for (int i = 0; i < width; i++) h.columns.get(i).addAll(cols.get(i));
        return h;
    }

    /**
     * The same heap with its non-constant bits passed through {@code f} as one packed UInt
     * (column 0's first bit least significant); {@code f} must keep the width. This is how a
     * module puts a pipeline register into a tree: {@code heap.map(this::regNext)}.
     */
    public BitHeap map(UnaryOperator<Value> f) {
        List<Value> bits = new ArrayList<>();
        for (List<Value> col : columns) for (Value b : col) if (!(b instanceof Literal)) bits.add(b);
        BitHeap out = new BitHeap(width);
        out.constant = constant;
        if (bits.isEmpty()) {
            for (int i = 0; i < width; i++) out.columns.get(i).addAll(columns.get(i));
            return out;
        }
        Value packed = cat(bits.reversed());
        Value mapped = f.apply(packed);
        if (mapped.width() != packed.width()) {
            throw new HclException("BitHeap.map changed the width from " + packed.width() + " to " + mapped.width(), "return a value of the same width");
        }
        int k = 0;
        for (int i = 0; i < width; i++) {
            for (Value b : columns.get(i)) out.columns.get(i).add(b instanceof Literal ? b : mapped.bit(k++));
        }
        return out;
    }
}
