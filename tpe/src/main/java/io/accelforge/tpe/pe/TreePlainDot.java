package io.accelforge.tpe.pe;

import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain tile of a multiplier-adder tree: k multipliers, then a binary tree of carry-propagate
 * adders (ceil(log2 k) levels, each growing one bit). dot = sum a_i * b_i exactly,
 * {@code stages} cycles after the operands. Levels for registers: 1 = after the products,
 * 1 + l = after adder level l.
 */
public final class TreePlainDot extends Module {
    public final Vec<Input> aIn, bIn;
    public final Output dot;

    public TreePlainDot(TreeDotParams p) {
        super(p);
        aIn = inputs(p.k(), p.operand());
        bIn = inputs(p.k(), p.operand());
        dot = output(p.dot());

        List<Integer> cuts = p.cuts(levels(p));
        List<Value> terms = new ArrayList<>();
        for (int i = 0; i < p.k(); i++) terms.add(aIn.get(i).mulFull(bIn.get(i)));
        terms = cutAfter(1, cuts, terms, "productReg");
        for (int level = 1; terms.size() > 1; level++) {
            List<Value> next = new ArrayList<>();
            for (int i = 0; i + 1 < terms.size(); i += 2) next.add(terms.get(i).addGrow(terms.get(i + 1)));
            if (terms.size() % 2 == 1) next.add(terms.getLast());
            terms = cutAfter(1 + level, cuts, next, "sumReg_l" + level);
        }
        dot.set(terms.getFirst().ext(p.dotWidth()));
    }

    /** Places for registers: after the products and after each adder level. */
    public static int levels(TreeDotParams p) { return 1 + (p.k() == 1 ? 0 : Hcl.log2Up(p.k())); }

    private List<Value> cutAfter(int level, List<Integer> cuts, List<Value> values, String name) {
        if (!cuts.contains(level)) return values;
        List<Value> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) out.add(regNext(values.get(i)).named(name + "_" + i));
        return out;
    }
}
