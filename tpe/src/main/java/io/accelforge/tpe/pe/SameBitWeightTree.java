package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.blocks.arith.BitHeap;
import io.accelforge.rtl.blocks.arith.Booth;
import io.accelforge.rtl.blocks.arith.BoothLayout;
import io.accelforge.rtl.blocks.arith.CompressorTree;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.blocks.arith.ReductionPlan;
import io.accelforge.rtl.blocks.arith.RowPair;
import io.accelforge.rtl.blocks.arith.TreeKind;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * OPT2 tile of a multiplier-adder tree, the "same bit-weight compressor array": the a vector
 * arrives already radix-4 Booth encoded ({@link #encode}, once for all tiles), and instead of
 * k multipliers the tile builds one compressor tree per digit position j: the k partial
 * products d_{i,j} * b_i, all of weight 4^j, reduced together. The groups' carry-save rows are
 * then shifted by 2j and added once (one more tree and one carry-propagate adder): the k loop
 * sits inside the bit-weight loop. The rows' sign-extension constants are summed at build time
 * into that last tree. dot = sum a_i * b_i exactly, {@code stages} cycles after the operands.
 *
 * <p>Levels for registers: 1 = after the partial products, 1 + s = after stage s of the group
 * trees (T stages, the tallest group's Dadda tree), 1 + T + s = after stage s of the
 * combining tree (Tc stages), and T + Tc + 2 = after the adder. A group that needs fewer
 * stages (an unsigned multiplier's top digit has no negate bits) takes its remaining
 * registers at its end, so every path has the same latency. The heights, and so T and Tc,
 * follow from the parameters alone ({@link #groupHeights}, {@link #combineHeights}).
 */
public final class SameBitWeightTree extends Module {
    public final Vec<Input> digitsIn, bIn;
    public final Output dot;

    public SameBitWeightTree(TreeDotParams p) {
        super(p);
        BoothLayout layout = layout(p);
        int groups = layout.digitCount(), dw = p.dotWidth();
        int t = groupStages(p), tc = stages(combineHeights(p));
        digitsIn = inputs(p.k(), UInt(3 * groups));
        bIn = inputs(p.k(), p.operand());
        dot = output(p.dot());

        List<Integer> cuts = p.cuts(levels(p));
        BitHeap combine = new BitHeap(dw);
        BigInteger constant = BigInteger.ZERO;
        for (int j = 0; j < groups; j++) {
            int g = j;
            BitHeap heap = new BitHeap(dw - 2 * j);
            for (int i = 0; i < p.k(); i++) Booth.addToHeap(heap, Booth.partialProducts(bIn.get(i), List.of(digit(digitsIn.get(i), j, layout))));
            // the sign constants of all groups go once into the combining tree
            constant = constant.add(heap.constant().shiftLeft(2 * j));
            heap.addConstant(heap.constant().negate());
            requireHeights("group " + j, heap, groupHeights(p, j));
            if (cuts.contains(1)) heap = heap.map(v -> regNext(v).named("ppReg_g" + g));
            BitHeap last = reduce(heap, cuts, 1, t, "groupReg_g" + g + "_s");
            for (int c = 0; c < last.width(); c++) for (Value bit : last.column(c)) combine.addBit(bit, c + 2 * j);
        }
        combine.addConstant(constant);
        requireHeights("the combining tree", combine, combineHeights(p));
        BitHeap rows = reduce(combine, cuts, 1 + t, tc, "combineReg_s");
        Value sum = CompressorTree.reduce(rows, TreeKind.DADDA).sum(PrefixNetwork.KOGGE_STONE);
        if (cuts.contains(t + tc + 2)) sum = regNext(sum).named("dotReg");
        dot.set(p.signed() ? sum.asSInt() : sum);
    }

    /**
     * Reduces {@code heap} to at most two bits per column with a register after each stage s
     * for which level {@code base + s} is a cut; cuts past the tree's own stages (up to
     * {@code planned}) put their registers after its last stage.
     */
    private BitHeap reduce(BitHeap heap, List<Integer> cuts, int base, int planned, String name) {
        BitHeap[] last = {heap};
        int done = ReductionPlan.of(heap.heights(), TreeKind.DADDA).stageCount();
        if (done > planned) throw new IllegalStateException("a tree of " + done + " stages where at most " + planned + " were planned");
        CompressorTree.reduce(heap, TreeKind.DADDA, (s, h) -> last[0] = cuts.contains(base + s) ? h.map(v -> regNext(v).named(name + s)) : h);
        for (int s = done + 1; s <= planned; s++) {
            int stage = s;
            if (cuts.contains(base + s)) last[0] = last[0].map(v -> regNext(v).named(name + stage));
        }
        return last[0];
    }

    /** The Booth digits of {@code a}, packed for the tiles: bits 3j, 3j+1, 3j+2 are digit j's neg, one and two. */
    public static Value encode(Value a) {
        List<Value> bits = new ArrayList<>();
        for (Booth.Digit d : Booth.digits(a).reversed()) {
            bits.add(d.two());
            bits.add(d.one());
            bits.add(d.neg());
        }
        return cat(bits);
    }

    private static Booth.Digit digit(Value packed, int j, BoothLayout layout) {
        // an unsigned multiplier's top digit is never negative: a constant lets the rows drop their negate logic
        Value neg = layout.hasNeg(j) ? packed.bit(3 * j) : FALSE();
        return new Booth.Digit(neg, packed.bit(3 * j + 1), packed.bit(3 * j + 2));
    }

    /** b is the multiplicand, the encoded a the multiplier. */
    public static BoothLayout layout(TreeDotParams p) { return new BoothLayout(p.precision().bits(), p.precision().bits(), p.signed()); }

    /** Places for registers: the partial products, each group-tree stage, each combining-tree stage, the adder. */
    public static int levels(TreeDotParams p) { return groupStages(p) + stages(combineHeights(p)) + 2; }

    /** Column heights of group j's heap: k rows of the layout's row width from column 0, and k negate bits in column 0 when digit j can be negative. */
    static int[] groupHeights(TreeDotParams p, int j) {
        BoothLayout l = layout(p);
        int[] h = new int[p.dotWidth() - 2 * j];
        for (int c = 0; c < Math.min(l.rowWidth(), h.length); c++) h[c] = p.k();
        if (l.hasNeg(j)) h[0] += p.k();
        return h;
    }

    /** Column heights of the combining tree: each group's final heights at column 2j, and a bit for each set bit of the sign constants' sum. */
    static int[] combineHeights(TreeDotParams p) {
        BoothLayout l = layout(p);
        int dw = p.dotWidth();
        int[] h = new int[dw];
        BigInteger constant = BigInteger.ZERO;
        for (int j = 0; j < l.digitCount(); j++) {
            int[] last = ReductionPlan.of(groupHeights(p, j), TreeKind.DADDA).finalHeights();
            for (int c = 0; c < last.length; c++) h[c + 2 * j] += last[c];
            // each row enters without sign extension: its top bit weighs -2^(rowWidth-1) (Booth.addToHeap)
            BigInteger rows = BigInteger.valueOf(p.k()).shiftLeft(l.rowWidth() - 1).negate().mod(BigInteger.ONE.shiftLeft(dw - 2 * j));
            constant = constant.add(rows.shiftLeft(2 * j));
        }
        constant = constant.mod(BigInteger.ONE.shiftLeft(dw));
        for (int c = 0; c < dw; c++) if (constant.testBit(c)) h[c]++;
        return h;
    }

    /** Stages of the tallest group tree. */
    static int groupStages(TreeDotParams p) {
        int most = 0;
        for (int j = 0; j < layout(p).digitCount(); j++) most = Math.max(most, stages(groupHeights(p, j)));
        return most;
    }

    private static int stages(int[] heights) { return ReductionPlan.of(heights, TreeKind.DADDA).stageCount(); }

    private static void requireHeights(String what, BitHeap heap, int[] planned) {
        if (!Arrays.equals(heap.heights(), planned)) {
            throw new IllegalStateException("heights of " + what + " " + Arrays.toString(heap.heights()) + " differ from the plan " + Arrays.toString(planned));
        }
    }
}
