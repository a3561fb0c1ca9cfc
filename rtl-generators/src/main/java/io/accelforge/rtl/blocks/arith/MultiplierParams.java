package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipelined Booth multiplier: operand widths, signedness, register stages, tree kind and
 * final adder. Registers can sit at S + 2 cut points, S being the tree's stage count:
 * 0 = after partial-product generation, i = after tree stage i (S = just before the final
 * adder), S + 1 = after the final adder. {@link #cutPoints} says which ones get them.
 */
public record MultiplierParams(
        @Param(min = 1, max = 64, doc = "multiplicand (a) width in bits") int widthA,
        @Param(min = 1, max = 64, doc = "multiplier (b) width in bits, the one that is Booth-recoded") int widthB,
        @Param(doc = "operands and product are two's complement") boolean signed,
        @Param(min = 0, max = 16, doc = "pipeline registers = latency in cycles; at most tree stages + 2") int stages,
        @Param(doc = "compressor tree: wallace or dadda") TreeKind tree,
        @Param(doc = "prefix network of the final adder") PrefixNetwork adder) {
    public MultiplierParams {
        Params.check(MultiplierParams.class, widthA, widthB, signed, stages, tree, adder);
        Params.require(tree != null && adder != null, "parameters 'tree' and 'adder' are required");
        int max = treeStages(widthA, widthB, signed, tree) + 2;
        Params.require(stages <= max, "parameter 'stages' = " + stages + " is more than the " + max + " places a " + widthA + " x " + widthB
                + " " + tree.name().toLowerCase() + " multiplier has for registers (after the partial products, after each tree stage, after the final adder)");
    }

    public BoothLayout layout() { return new BoothLayout(widthA, widthB, signed); }

    /** Reduction stages of the tree on the Booth product heap. */
    public int treeStages() { return treeStages(widthA, widthB, signed, tree); }

    /** Most registers this multiplier can take: one per cut point. */
    public int maxStages() { return treeStages() + 2; }

    /**
     * The cut points that get a register, ascending. The first goes after the final adder
     * (a registered output), the second after the partial products, and the rest spread
     * evenly over the tree's stage boundaries.
     */
    public List<Integer> cutPoints() {
        int s = treeStages();
        List<Integer> cuts = new ArrayList<>();
        if (stages >= 2) cuts.add(0);
        int inTree = Math.max(0, stages - 2);
        for (int i = 1; i <= inTree; i++) cuts.add((int) Math.round((double) i * (s + 1) / (inTree + 1)));
        if (stages >= 1) cuts.add(s + 1);
        return cuts;
    }

    private static int treeStages(int widthA, int widthB, boolean signed, TreeKind tree) {
        return ReductionPlan.of(new BoothLayout(widthA, widthB, signed).heapHeights(), tree).stageCount();
    }
}
