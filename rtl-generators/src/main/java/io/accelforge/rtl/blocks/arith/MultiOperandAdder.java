package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import java.math.BigInteger;
import java.util.List;

/**
 * Adds N operands exactly: a Wallace or Dadda tree of full and half adders brings the
 * operands (sign-extended to the sum width when signed) down to two rows, and a prefix
 * adder adds those. sum = x_0 + ... + x_{N-1}, W + ceil(log2 N) bits, never overflowing.
 */
public final class MultiOperandAdder extends Module {
    public final Vec<Input> x;
    public final Output sum;
    private final Wire rowX, rowY;
    private final ReductionPlan plan;

    public MultiOperandAdder(CompressorTreeParams p) {
        super(p);
        HwType in = p.signed() ? SInt(p.width()) : UInt(p.width());
        int sw = p.sumWidth();
        x = inputs(p.operands(), in);
        sum = output(p.signed() ? SInt(sw) : UInt(sw));

        BitHeap heap = new BitHeap(sw);
        for (Input xi : x) heap.addExtended(xi, 0);
        plan = CompressorTree.plan(heap, p.tree());
        RowPair rows = CompressorTree.reduce(heap, p.tree());
        rowX = wire(rows.x());
        rowY = wire(rows.y());
        Value total = new RowPair(rowX, rowY).sum(p.adder());
        sum.set(p.signed() ? total.asSInt() : total);
    }

    /** Reduction stages of the tree (not counting the final adder). */
    public int stages() { return plan.stageCount(); }

    /** The counters the tree uses. */
    public ReductionPlan plan() { return plan; }

    /** The arithmetic this block implements: the exact sum. */
    public static BigInteger model(List<BigInteger> operands) {
        return operands.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
