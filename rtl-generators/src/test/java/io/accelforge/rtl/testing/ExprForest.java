package io.accelforge.rtl.testing;

import static io.accelforge.rtl.testing.Ref.mask;
import static io.accelforge.rtl.testing.Ref.pattern;
import static io.accelforge.rtl.testing.Ref.value;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.testing.RandomExprs.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A combinational module of random expressions over random inputs (widths 1..130, UInt and
 * SInt). Most outputs are one expression; the rest are driven through the statement forms
 * (a default overridden in part under when(), a switch, a when/elseWhen/otherwise chain).
 * Each output has a reference value computed from the operator definitions.
 */
public final class ExprForest extends Module {
    public final Vec<Input> in;
    public final Vec<Output> out;
    private final List<Function<BigInteger[], BigInteger>> refs = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Set<String> used;

    public ExprForest(long seed, int inputs, int outputs, int depth) {
        Random rnd = new Random(seed);
        List<HwType> types = new ArrayList<>();
        for (int i = 0; i < inputs; i++) types.add(RandomExprs.randomType(rnd));
        in = Vec.of(inputs, i -> input(types.get(i)));
        List<Expr> leaves = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            int k = i;
            leaves.add(new Expr(in.get(i), types.get(i), "in_" + i, x -> x[k]));
        }
        RandomExprs g = new RandomExprs(rnd, leaves);
        List<Output> outs = new ArrayList<>();
        for (int o = 0; o < outputs; o++) {
            switch (rnd.nextInt(8)) {
                case 0 -> outs.add(partialOverride(g, rnd, depth));
                case 1 -> outs.add(switchOver(g, rnd, depth));
                case 2 -> outs.add(whenChain(g, rnd, depth));
                default -> {
                    Expr e = g.gen(depth);
                    Output y = output(e.type());
                    y.set(e.hw());
                    refs.add(e.ref());
                    texts.add(e.text());
                    outs.add(y);
                }
            }
        }
        out = Vec.of(outs);
        used = g.used();
    }

    @Override public String moduleName() { return "ExprForest"; }

    public Set<String> operatorsUsed() { return used; }

    public int outputs() { return out.size(); }

    /** The reference value of output {@code o} for input values {@code x} (numbers, negative for SInt). */
    public BigInteger expected(int o, BigInteger[] x) { return refs.get(o).apply(x); }

    /** How output {@code o} is computed, for failure messages. */
    public String describe(int o) { return texts.get(o); }

    // ---- statement forms ----------------------------------------------------------------

    /** y = e1; when (c) y[hi:lo] = e2. */
    private Output partialOverride(RandomExprs g, Random rnd, int depth) {
        Expr e1 = g.gen(depth);
        HwType t = e1.type();
        int lo = rnd.nextInt(t.width());
        int hi = lo + rnd.nextInt(t.width() - lo);
        Expr c = g.genBool(depth - 1);
        // a slice takes any signedness; all bits at once is a full assignment, whose signedness must match
        boolean full = hi - lo + 1 == t.width();
        Expr e2 = g.fit(g.gen(depth - 1), new HwType(hi - lo + 1, full ? t.signed() : rnd.nextBoolean()));
        Output y = output(t);
        y.set(e1.hw());
        when(c.hw(), () -> y.assignBits(hi, lo, e2.hw()));
        BigInteger keep = mask(t.width()).xor(mask(hi - lo + 1).shiftLeft(lo));
        refs.add(x -> {
            BigInteger base = e1.eval(x);
            if (c.eval(x).signum() == 0) return base;
            BigInteger bits = pattern(base, t.width()).and(keep).or(pattern(e2.eval(x), hi - lo + 1).shiftLeft(lo));
            return value(bits, t);
        });
        texts.add(e1.text() + " then when(" + c.text() + ") [" + hi + ":" + lo + "] = " + e2.text());
        return y;
    }

    /** switch (sel) { 0: a; 1, 2: b; 3: c (or otherwise) }. */
    private Output switchOver(RandomExprs g, Random rnd, int depth) {
        Expr sel = g.genUInt(depth - 1, 2);
        HwType t = RandomExprs.randomType(rnd);
        List<Expr> arms = new ArrayList<>();
        for (int i = 0; i < 3; i++) arms.add(g.fit(g.gen(depth - 1), t));
        boolean otherwise = rnd.nextBoolean();
        Output y = output(t);
        var sw = switchOn(sel.hw()).is(0, () -> y.set(arms.get(0).hw())).is(1, 2, () -> y.set(arms.get(1).hw()));
        if (otherwise) sw.otherwise(() -> y.set(arms.get(2).hw()));
        else sw.is(3, () -> y.set(arms.get(2).hw()));
        refs.add(x -> switch (sel.eval(x).intValueExact()) {
            case 0 -> arms.get(0).eval(x);
            case 1, 2 -> arms.get(1).eval(x);
            default -> arms.get(2).eval(x);
        });
        texts.add("switch(" + sel.text() + ") " + arms.stream().map(Expr::text).toList());
        return y;
    }

    /** when (c1) a; elseWhen (c2) b; otherwise c. */
    private Output whenChain(RandomExprs g, Random rnd, int depth) {
        Expr c1 = g.genBool(depth - 1);
        Expr c2 = g.genBool(depth - 1);
        HwType t = RandomExprs.randomType(rnd);
        Expr a = g.fit(g.gen(depth - 1), t);
        Expr b = g.fit(g.gen(depth - 1), t);
        Expr c = g.fit(g.gen(depth - 1), t);
        Output y = output(t);
        when(c1.hw(), () -> y.set(a.hw())).elseWhen(c2.hw(), () -> y.set(b.hw())).otherwise(() -> y.set(c.hw()));
        refs.add(x -> c1.eval(x).signum() != 0 ? a.eval(x) : c2.eval(x).signum() != 0 ? b.eval(x) : c.eval(x));
        texts.add("when(" + c1.text() + ") " + a.text() + " elseWhen(" + c2.text() + ") " + b.text() + " otherwise " + c.text());
        return y;
    }
}
