package io.accelforge.rtl.hcl;

import java.util.ArrayList;
import java.util.List;

/** Builds a case statement: {@code switchOn(sel).is(0, ...).is(1, 2, ...).otherwise(...)}. */
public final class SwitchBuilder {
    private final ModuleBody body;
    private final Stmt.Switch sw;

    SwitchBuilder(ModuleBody body, Stmt.Switch sw) {
        this.body = body;
        this.sw = sw;
    }

    public SwitchBuilder is(long value, Runnable then) { return is(new long[] {value}, then); }

    public SwitchBuilder is(long v1, long v2, Runnable then) { return is(new long[] {v1, v2}, then); }

    public SwitchBuilder is(long[] values, Runnable then) {
        if (sw.hasDefault()) throw new HclException("is() after otherwise()", "put otherwise() last");
        List<Literal> lits = new ArrayList<>(values.length);
        for (long v : values) lits.add(sw.selector().constant(v));
        Stmt.Case c = new Stmt.Case(List.copyOf(lits), new Block(), SourceLoc.capture());
        sw.addCase(c);
        body.runIn(c.body(), then);
        return this;
    }

    public void otherwise(Runnable then) {
        if (sw.hasDefault()) throw new HclException("switch already has an otherwise()", "give it once, last");
        sw.markDefault();
        body.runIn(sw.otherwise(), then);
    }
}
