package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.blocks.arith.PrefixAdders;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.pe.SameBitWeightTree;
import io.accelforge.tpe.pe.TreeDotParams;
import io.accelforge.tpe.pe.TreePlainDot;

/**
 * Multiplier-adder tree: n tiles share the a vector (k values); tile j has its own k b
 * values, reduces the k products in its tree and accumulates the dot products of successive
 * K chunks. With OPT2 the a vector is Booth encoded once, here, for all tiles.
 *
 * <p>Port protocol (a free-running pipeline; one chunk may enter every cycle):
 * <ul>
 *   <li>{@code aIn_i}: a[i] of the chunk; {@code bIn_j_i}: tile j's b[i]. B streams with A:
 *       holding it constant over several chunks is the weight-stationary use.</li>
 *   <li>{@code valid}: the chunk counts; {@code first}: it starts a new dot product (the
 *       accumulators load instead of adding); {@code last}: it ends one.</li>
 *   <li>{@code cOut_j}: tile j's accumulator. A chunk presented at cycle t is in it from cycle
 *       t + {@link TreeParams#latency()} (stages + 1); when that chunk had {@code last},
 *       {@code cValid} is high then, for that one cycle, and {@code cOut} holds the finished
 *       dot products. Chunks can follow each other without gaps, dot product after dot product.</li>
 * </ul>
 * Accumulators wrap at {@link TreeParams#accumulatorWidth()} bits, exact up to kMax; their adder
 * (Kogge-Stone) is the same for both kinds. Only the valid flags are reset.
 */
public final class TreeArray extends Module {
    public final Vec<Input> aIn;
    public final Vec<Vec<Input>> bIn;
    public final Input valid, first, last;
    public final Vec<Output> cOut;
    public final Output cValid;
    private final Module[] tile;
    private final Vec<Wire> digits;
    private final Vec<Reg> acc;

    public TreeArray(TreeParams p) {
        super(p);
        TreeDotParams tp = p.tile();
        aIn = inputs(p.k(), tp.operand());
        bIn = vec(p.n(), j -> inputs(p.k(), tp.operand()));
        valid = input(Bool());
        first = input(Bool());
        last = input(Bool());
        cOut = outputs(p.n(), p.result());
        cValid = output(Bool());

        // OPT2: one Booth encoder per a element, shared by every tile
        digits = p.pe() == PeKind.OPT2 ? vec(p.k(), i -> wire(SameBitWeightTree.encode(aIn.get(i)))) : null;
        tile = new Module[p.n()];
        acc = vec(p.n(), j -> reg(p.result()));
        // the flags travel with the chunks; the last stage is one copy per tile, so that no flip-flop
        // drives every accumulator (flip-flop outputs are not buffered by the PPA flow)
        Value v = valid, f = first, l = last;
        for (int s = 0; s + 1 < p.stages(); s++) {
            v = regNext(v, 0).named("validPipe_" + s);
            f = regNext(f).named("firstPipe_" + s);
            l = regNext(l).named("lastPipe_" + s);
        }
        Value doneFlag = null;
        for (int j = 0; j < p.n(); j++) {
            Value vj = p.stages() == 0 ? v : regNext(v, 0).named("validTile_" + j);
            Value fj = p.stages() == 0 ? f : regNext(f).named("firstTile_" + j);
            if (j == 0) doneFlag = vj.and(p.stages() == 0 ? l : regNext(l).named("lastTile_0"));
            Value dot = p.pe() == PeKind.OPT2 ? sameBitWeightTile(tp, j) : plainTile(tp, j);
            // an accumulator narrower than the dot product wraps it, exactly as the adds wrap
            Value term = dot.ext(Math.max(tp.dotWidth(), p.accumulatorWidth())).trunc(p.accumulatorWidth());
            Reg a = acc.get(j);
            // the accumulator is common to both kinds: a fast adder, so that the trees are what differ
            Value sum = PrefixAdders.addWrapping(a.asUInt(), term.asUInt(), PrefixNetwork.KOGGE_STONE);
            Value next = p.signed() ? sum.asSInt() : sum;
            when(vj, () -> a.set(mux(fj, term, next)));
            cOut.get(j).set(a);
        }
        cValid.set(regNext(doneFlag, 0).named("cValidReg"));
    }

    private Value plainTile(TreeDotParams tp, int j) {
        TreePlainDot t = instance(new TreePlainDot(tp));
        tile[j] = t;
        for (int i = 0; i < tp.k(); i++) {
            t.aIn.get(i).set(aIn.get(i));
            t.bIn.get(i).set(bIn.get(j).get(i));
        }
        return t.dot;
    }

    private Value sameBitWeightTile(TreeDotParams tp, int j) {
        SameBitWeightTree t = instance(new SameBitWeightTree(tp));
        tile[j] = t;
        for (int i = 0; i < tp.k(); i++) {
            t.digitsIn.get(i).set(digits.get(i));
            t.bIn.get(i).set(bIn.get(j).get(i));
        }
        return t.dot;
    }

    public static String aPort(int i) { return "aIn_" + i; }

    public static String bPort(int j, int i) { return "bIn_" + j + "_" + i; }

    /** Result lane j is tile j's {@code cOut_j}. */
    public static String cPort(int j) { return "cOut_" + j; }
}
