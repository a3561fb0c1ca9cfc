package io.accelforge.tpe.pe;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;

/**
 * One tile of a multiplier-adder tree: a K-wide dot product with {@code stages} pipeline
 * registers. Each kind of tile lists the places where a register can go, its levels (after
 * the products, after an adder level, after a compressor stage, ...); {@link #cuts} spreads
 * the registers evenly over them, the last one always after the final level.
 */
public record TreeDotParams(
        @Param(min = 1, max = 256, doc = "dot-product length") int k,
        @Param(doc = "operand precision") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(min = 0, max = 32, doc = "pipeline registers between the operands and the dot product") int stages) {
    public TreeDotParams {
        Params.check(TreeDotParams.class, k, precision, signed, stages);
        Params.require(precision != null, "parameter 'precision' is required");
    }

    public HwType operand() { return precision.type(signed); }

    /** Width of the exact dot product: 2W + ceil(log2 k). */
    public int dotWidth() { return precision.accWidth(k); }

    public HwType dot() { return signed ? Hcl.SInt(dotWidth()) : Hcl.UInt(dotWidth()); }

    /**
     * The levels (1..levels) after which the registers go, ascending: level round(i * L / S)
     * for i = 1..S. With S = L every level gets one; the last always goes after level L.
     */
    public List<Integer> cuts(int levels) {
        Params.require(stages <= levels, "parameter 'stages' = " + stages + " is more than the " + levels + " levels this tree has for registers");
        List<Integer> out = new ArrayList<>(stages);
        for (int i = 1; i <= stages; i++) out.add((int) Math.round((double) i * levels / stages));
        return out;
    }
}
