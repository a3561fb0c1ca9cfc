package io.accelforge.rtl.hcl;

import java.util.List;

/** An operator node of the value tree; its type is fixed when it is built. */
public final class Op extends Value {
    private final OpKind kind;
    private final List<Value> args;
    /** SLICE: hi; SHL/SHR: amount; REPEAT: count. */
    private final int p0;
    /** SLICE: lo. */
    private final int p1;

    Op(OpKind kind, HwType type, List<Value> args, int p0, int p1) {
        super(type);
        this.kind = kind;
        this.args = List.copyOf(args);
        this.p0 = p0;
        this.p1 = p1;
    }

    Op(OpKind kind, HwType type, Value... args) { this(kind, type, List.of(args), 0, 0); }

    public OpKind kind() { return kind; }
    public List<Value> args() { return args; }
    public Value arg(int i) { return args.get(i); }
    public int hi() { return p0; }
    public int lo() { return p1; }
    public int amount() { return p0; }
    public int count() { return p0; }

    @Override public String toString() { return kind + args.toString(); }
}
