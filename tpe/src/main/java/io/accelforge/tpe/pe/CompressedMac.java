package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.blocks.arith.Booth;
import io.accelforge.rtl.blocks.arith.Compressors;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * OPT1, the compressed-accumulative MAC (Wu et al., HPCA 2025): the radix-4 Booth partial
 * products of a * b and the two rows of the previous accumulator go into one carry-save
 * Wallace tree, whose two output rows are the next accumulator. There is no carry-propagate
 * adder in the loop; {@link #resolve} adds the rows only where a result leaves.
 *
 * <p>The tree works on accWidth-bit words (every row is taken modulo 2^accWidth, so the rows
 * always sum to the exact accumulator modulo 2^accWidth; how the value splits between the two
 * rows is the tree's business). Booth rows enter without sign extension: each row's top bit
 * is inverted and one constant takes the weight back (-s * 2^k = (1 - s) * 2^k - 2^k). That
 * constant and the rows' negate bits never share a column, so they make one correction row.
 * The tree is built from word-wide 3:2 counters rather than from single bits as a Dadda tree
 * is: much the same adders after synthesis, but a few dozen word operations per PE instead
 * of hundreds of one-bit wires, which keeps a 16 x 16 array quick to elaborate, interpret and
 * compile in Verilator.
 */
public record CompressedMac(Precision precision, boolean signed, int accWidth) implements PeArithmetic {
    @Override public PeKind kind() { return PeKind.OPT1; }

    @Override public int rows() { return 2; }

    @Override public HwType rowType() { return Hcl.UInt(accWidth); }

    @Override public List<Value> mac(List<? extends Value> acc, Value a, Value b) {
        List<Booth.PartialProduct> pps = Booth.partialProducts(a, Booth.digits(b));
        List<Row> rows = new ArrayList<>();
        // the accumulator comes straight from registers and the correction row from b's bits: both are ready
        // before the partial products, which wait for the recoding and the selection
        for (Value row : acc) rows.add(new Row(row, 0));
        rows.add(new Row(correctionRow(pps), 0));
        for (Booth.PartialProduct pp : pps) rows.add(new Row(fit(invertTop(pp.row()).shl(pp.shift())), 1));
        return wallace(rows);
    }

    @Override public Value resolve(List<? extends Value> acc) {
        Value sum = acc.get(0).add(acc.get(1));
        return signed ? sum.asSInt() : sum;
    }

    /** A word of the tree and when it is ready, in 3:2-counter delays. */
    private record Row(Value value, int ready) {}

    /**
     * Reduces equally weighted accWidth-bit rows to two with word-wide 3:2 counters, always
     * combining the three rows that are ready first (ties in the given order): early rows are
     * summed while later ones are still being made, so the latest row meets as few counters as
     * it can.
     */
    private List<Value> wallace(List<Row> rows) {
        List<Row> pending = new ArrayList<>(rows);
        while (pending.size() > 2) {
            pending.sort(Comparator.comparingInt(Row::ready));   // stable: equal times keep their order
            Row x = pending.removeFirst(), y = pending.removeFirst(), z = pending.removeFirst();
            int ready = Math.max(x.ready(), Math.max(y.ready(), z.ready())) + 1;
            Compressors.SumCarry sc = Compressors.csa(x.value(), y.value(), z.value());
            pending.add(new Row(sc.sum(), ready));
            pending.add(new Row(fit(sc.carry().shl(1)), ready));
        }
        return pending.stream().map(Row::value).toList();
    }

    /** The negate bit of each row at the row's column, and the sign constant of all rows, modulo 2^accWidth. */
    private Value correctionRow(List<Booth.PartialProduct> pps) {
        BigInteger constant = BigInteger.ZERO;
        Value[] bits = new Value[accWidth];
        for (Booth.PartialProduct pp : pps) {
            constant = constant.subtract(BigInteger.ONE.shiftLeft(pp.shift() + pp.row().width() - 1));
            if (pp.shift() < accWidth) bits[pp.shift()] = pp.neg();
        }
        constant = constant.mod(BigInteger.ONE.shiftLeft(accWidth));
        List<Value> msbFirst = new ArrayList<>(accWidth);
        for (int c = accWidth - 1; c >= 0; c--) {
            if (bits[c] != null && constant.testBit(c)) throw new IllegalStateException("a negate bit and the sign constant share column " + c);
            msbFirst.add(bits[c] != null ? bits[c] : constant.testBit(c) ? Hcl.TRUE() : FALSE());
        }
        return cat(msbFirst);
    }

    /** A two's-complement row as unsigned bits with its top bit inverted. */
    private static Value invertTop(Value row) {
        int w = row.width();
        Value top = row.bit(w - 1).not();
        return w == 1 ? top : top.cat(row.bits(w - 2, 0));
    }

    /** An unsigned word brought to accWidth bits: zero-extended, or its top bits dropped (they weigh 2^accWidth or more). */
    private Value fit(Value word) { return word.width() >= accWidth ? word.trunc(accWidth) : word.zext(accWidth); }
}
