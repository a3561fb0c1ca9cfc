package io.accelforge.rtl.hcl;

/** Continues a when(): {@code when(a, ...).elseWhen(b, ...).otherwise(...)}. */
public final class WhenChain {
    private final ModuleBody body;
    private final Stmt.When last;
    private boolean closed;

    WhenChain(ModuleBody body, Stmt.When last) {
        this.body = body;
        this.last = last;
    }

    public WhenChain elseWhen(Value cond, Runnable then) {
        requireOpen();
        closed = true;
        Stmt.When nested = body.addWhen(last.otherwise(), cond, then, SourceLoc.capture());
        return new WhenChain(body, nested);
    }

    public void otherwise(Runnable then) {
        requireOpen();
        closed = true;
        body.runIn(last.otherwise(), then);
    }

    private void requireOpen() {
        if (closed) throw new HclException("this when() already has an else branch", "chain elseWhen/otherwise once, in order");
    }
}
