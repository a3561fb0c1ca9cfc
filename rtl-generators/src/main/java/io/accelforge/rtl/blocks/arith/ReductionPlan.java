package io.accelforge.rtl.blocks.arith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The counters of a compressor tree, planned on column heights alone (no hardware): for
 * each stage and column, how many full adders (3 bits of weight 2^i in, a sum of weight
 * 2^i and a carry of weight 2^(i+1) out) and half adders (2 in, same outputs) it uses.
 * Carries out of the top column are dropped: the heap is arithmetic modulo 2^width.
 * A plan ends when every column holds at most two bits.
 */
public final class ReductionPlan {
    private final TreeKind kind;
    private final int[] initial;
    private final List<Stage> stages;

    /** One stage: adders per column and the column heights after it. */
    public static final class Stage {
        private final int[] fullAdders, halfAdders, heightsAfter;

        Stage(int[] fullAdders, int[] halfAdders, int[] heightsAfter) {
            this.fullAdders = fullAdders;
            this.halfAdders = halfAdders;
            this.heightsAfter = heightsAfter;
        }

        public int fullAdders(int column) { return fullAdders[column]; }
        public int halfAdders(int column) { return halfAdders[column]; }
        public int[] heightsAfter() { return heightsAfter.clone(); }
        public int fullAdderCount() { return Arrays.stream(fullAdders).sum(); }
        public int halfAdderCount() { return Arrays.stream(halfAdders).sum(); }
    }

    private ReductionPlan(TreeKind kind, int[] initial, List<Stage> stages) {
        this.kind = kind;
        this.initial = initial;
        this.stages = List.copyOf(stages);
    }

    /** Plans the reduction of columns of the given heights (index = bit weight exponent). */
    public static ReductionPlan of(int[] heights, TreeKind kind) {
        int[] h = heights.clone();
        for (int x : h) if (x < 0) throw new IllegalArgumentException("negative column height in " + Arrays.toString(heights));
        List<Stage> stages = new ArrayList<>();
        if (kind == TreeKind.DADDA) {
            List<Integer> targets = daddaHeights(max(h));
            for (int t = targets.size() - 1; t >= 0; t--) {
                Stage s = daddaStage(h, targets.get(t));
                stages.add(s);
                h = s.heightsAfter;
            }
        } else {
            while (max(h) > 2) {
                Stage s = wallaceStage(h);
                stages.add(s);
                h = s.heightsAfter;
            }
        }
        return new ReductionPlan(kind, heights.clone(), stages);
    }

    /** The Dadda heights 2, 3, 4, 6, 9, 13, ... (d' = floor(1.5 d)) that are below {@code height}. */
    public static List<Integer> daddaHeights(int height) {
        List<Integer> out = new ArrayList<>();
        for (int d = 2; d < height; d = d * 3 / 2) out.add(d);
        return out;
    }

    /** Stages a Dadda tree needs for columns up to {@code height} bits: how many Dadda heights lie below it. */
    public static int daddaStageCount(int height) { return daddaHeights(height).size(); }

    public TreeKind kind() { return kind; }
    public List<Stage> stages() { return stages; }
    public int stageCount() { return stages.size(); }
    public int[] initialHeights() { return initial.clone(); }
    public int[] finalHeights() { return stages.isEmpty() ? initial.clone() : stages.getLast().heightsAfter(); }
    public int fullAdderCount() { return stages.stream().mapToInt(Stage::fullAdderCount).sum(); }
    public int halfAdderCount() { return stages.stream().mapToInt(Stage::halfAdderCount).sum(); }

    private static Stage wallaceStage(int[] h) {
        int n = h.length;
        int[] fa = new int[n], ha = new int[n], after = new int[n];
        for (int i = 0; i < n; i++) {
            fa[i] = h[i] / 3;
            ha[i] = h[i] % 3 == 2 ? 1 : 0;
            after[i] += h[i] - 2 * fa[i] - ha[i];
            if (i + 1 < n) after[i + 1] += fa[i] + ha[i];
        }
        return new Stage(fa, ha, after);
    }

    /** Brings every column to at most {@code target} bits, counting the carries that arrive from below. */
    private static Stage daddaStage(int[] h, int target) {
        int n = h.length;
        int[] fa = new int[n], ha = new int[n], after = new int[n];
        int carriesIn = 0;
        for (int i = 0; i < n; i++) {
            int height = h[i] + carriesIn;
            while (height > target) {
                if (height == target + 1) {
                    ha[i]++;
                    height -= 1;
                } else {
                    fa[i]++;
                    height -= 2;
                }
            }
            if (3 * fa[i] + 2 * ha[i] > h[i]) {
                throw new IllegalStateException("Dadda stage to " + target + " needs more bits than column " + i + " holds: " + Arrays.toString(h));
            }
            after[i] = height;
            carriesIn = fa[i] + ha[i];
        }
        return new Stage(fa, ha, after);
    }

    private static int max(int[] h) { return Arrays.stream(h).max().orElse(0); }
}
