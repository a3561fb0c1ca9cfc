package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compressor trees (Wallace or Dadda) as pure value builders: a {@link BitHeap} goes in,
 * full and half adders bring every column down to at most two bits, and a {@link RowPair}
 * comes out, all modulo 2^width. The counters follow a {@link ReductionPlan}, so the
 * number of stages and adders is known before any hardware is built.
 */
public final class CompressorTree {
    private CompressorTree() {}

    /** Called after each reduction stage (1-based); may return a changed heap, e.g. registered with {@link BitHeap#map}. */
    @FunctionalInterface
    public interface StageHook {
        BitHeap afterStage(int stage, BitHeap heap);
    }

    /** The plan a reduction of {@code heap} follows. */
    public static ReductionPlan plan(BitHeap heap, TreeKind kind) { return ReductionPlan.of(heap.heights(), kind); }

    /** Reduces {@code heap} to two rows of its width. */
    public static RowPair reduce(BitHeap heap, TreeKind kind) { return reduce(heap, kind, (stage, h) -> h); }

    /** Reduces {@code heap} to two rows, calling {@code hook} between stages. */
    public static RowPair reduce(BitHeap heap, TreeKind kind, StageHook hook) {
        ReductionPlan plan = plan(heap, kind);
        BitHeap cur = heap.withConstantBits();
        // sign-extended operands put the same bits into many columns: one adder serves them all
        Map<List<Value>, Compressors.SumCarry> built = new HashMap<>();
        int stage = 0;
        for (ReductionPlan.Stage s : plan.stages()) {
            cur = apply(cur, s, built);
            if (!Arrays.equals(cur.heights(), s.heightsAfter())) {
                throw new IllegalStateException("stage " + (stage + 1) + " left heights " + Arrays.toString(cur.heights())
                        + ", the plan says " + Arrays.toString(s.heightsAfter()));
            }
            cur = hook.afterStage(++stage, cur);
        }
        return rows(cur);
    }

    /**
     * Reduces equally weighted operands (each extended by its own signedness to
     * {@code width}) to two rows: x + y = sum of rows, modulo 2^width.
     */
    public static RowPair reduce(List<? extends Value> rows, int width, TreeKind kind) {
        BitHeap heap = new BitHeap(width);
        for (Value r : rows) {
            if (r.width() > width) throw new HclException("operand " + r.type() + " is wider than the tree (" + width + " bits)", "widen the tree");
            heap.addExtended(r, 0);
        }
        return reduce(heap, kind);
    }

    /** The sum of the heap modulo 2^width, as a UInt(width): tree, then a prefix adder. */
    public static Value sum(BitHeap heap, TreeKind kind, PrefixNetwork adder) { return reduce(heap, kind).sum(adder); }

    private static BitHeap apply(BitHeap heap, ReductionPlan.Stage s, Map<List<Value>, Compressors.SumCarry> built) {
        int w = heap.width();
        List<List<Value>> in = heap.columnsView();
        List<List<Value>> kept = new ArrayList<>(w), sums = new ArrayList<>(w), carries = new ArrayList<>(w + 1);
        for (int i = 0; i <= w; i++) carries.add(new ArrayList<>());
        for (int i = 0; i < w; i++) {
            List<Value> col = in.get(i);
            List<Value> s0 = new ArrayList<>();
            int k = 0;
            for (int f = 0; f < s.fullAdders(i); f++, k += 3) {
                List<Value> in3 = List.of(col.get(k), col.get(k + 1), col.get(k + 2));
                Compressors.SumCarry fa = built.computeIfAbsent(in3, t -> Compressors.fullAdder(t.get(0), t.get(1), t.get(2)));
                s0.add(fa.sum());
                carries.get(i + 1).add(fa.carry());
            }
            for (int h = 0; h < s.halfAdders(i); h++, k += 2) {
                List<Value> in2 = List.of(col.get(k), col.get(k + 1));
                Compressors.SumCarry ha = built.computeIfAbsent(in2, t -> Compressors.halfAdder(t.get(0), t.get(1)));
                s0.add(ha.sum());
                carries.get(i + 1).add(ha.carry());
            }
            kept.add(new ArrayList<>(col.subList(k, col.size())));
            sums.add(s0);
        }
        // bits that waited are earlier than this stage's outputs: keep them first, so the next stage's adders take them first
        List<List<Value>> out = new ArrayList<>(w);
        for (int i = 0; i < w; i++) {
            List<Value> col = new ArrayList<>(kept.get(i));
            col.addAll(sums.get(i));
            col.addAll(carries.get(i));
            out.add(col);
        }
        return BitHeap.ofColumns(w, out);
    }

    /** Columns of at most two bits as two rows; a missing bit is a zero. */
    private static RowPair rows(BitHeap heap) {
        int w = heap.width();
        List<List<Value>> cols = heap.columnsView();
        List<Value> x = new ArrayList<>(w), y = new ArrayList<>(w);
        for (int i = w - 1; i >= 0; i--) {
            List<Value> col = cols.get(i);
            if (col.size() > 2) throw new IllegalStateException("column " + i + " still holds " + col.size() + " bits");
            x.add(col.isEmpty() ? FALSE() : col.get(0));
            y.add(col.size() < 2 ? FALSE() : col.get(1));
        }
        return new RowPair(cat(x), cat(y));
    }
}
