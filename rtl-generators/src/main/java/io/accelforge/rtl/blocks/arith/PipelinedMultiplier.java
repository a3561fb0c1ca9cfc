package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pipelined multiplier: radix-4 Booth partial products, a Wallace or Dadda tree (rows enter
 * without sign extension), and a prefix adder. product = a * b at full width
 * (widthA + widthB bits), exactly {@link #latency()} cycles after a and b were presented;
 * a new pair can enter every cycle, and {@code validOut} is {@code valid} delayed alike.
 * Registers go where {@link MultiplierParams#cutPoints} says; only the valid chain is reset.
 */
public final class PipelinedMultiplier extends Module {
    public final Input a, b, valid;
    public final Output product, validOut;
    private final List<Reg> validPipe = new ArrayList<>();
    private final int latency;

    public PipelinedMultiplier(MultiplierParams p) {
        super(p);
        int pw = p.widthA() + p.widthB();
        a = input(p.signed() ? SInt(p.widthA()) : UInt(p.widthA()));
        b = input(p.signed() ? SInt(p.widthB()) : UInt(p.widthB()));
        valid = input(Bool());
        product = output(p.signed() ? SInt(pw) : UInt(pw));
        validOut = output(Bool());

        List<Integer> cuts = p.cutPoints();
        int last = p.treeStages() + 1;
        BitHeap heap = Booth.productHeap(a, b);
        if (!Arrays.equals(heap.heights(), p.layout().heapHeights())) {
            throw new IllegalStateException("Booth heap " + Arrays.toString(heap.heights()) + " differs from its layout "
                    + Arrays.toString(p.layout().heapHeights()) + " for " + p);
        }
        if (cuts.contains(0)) heap = heap.map(v -> regNext(v).named("ppReg"));
        RowPair rows = CompressorTree.reduce(heap, p.tree(),
                (stage, h) -> cuts.contains(stage) ? h.map(v -> regNext(v).named("tree" + stage + "Reg")) : h);
        Value sum = rows.sum(p.adder());
        if (cuts.contains(last)) sum = regNext(sum).named("productReg");
        product.set(p.signed() ? sum.asSInt() : sum);

        latency = cuts.size();
        Value v = valid;
        for (int i = 0; i < latency; i++) {
            Reg r = regNext(v, 0);
            validPipe.add(r);
            v = r;
        }
        validOut.set(v);
    }

    /** Cycles from a and b to their product (the number of pipeline registers). */
    public int latency() { return latency; }

    /** The arithmetic: the exact product. */
    public static BigInteger model(BigInteger a, BigInteger b) { return a.multiply(b); }
}
