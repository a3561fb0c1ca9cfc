package io.accelforge.rtl.hcl;

/** A register in one clock domain; it holds its value on paths that do not assign it. */
public final class Reg extends Signal {
    private final ClockDomain domain;
    private Literal init;
    private boolean synchronizer;

    Reg(Module owner, HwType type, ClockDomain domain, SourceLoc loc) {
        super(owner, type, loc);
        this.domain = domain;
    }

    public ClockDomain domain() { return domain; }

    /** Reset value, or null for a register without reset. */
    public Literal init() { return init; }

    public Reg init(long value) { return init(constant(value)); }

    public Reg init(Literal value) {
        if (!value.type().equals(type())) {
            throw new HclException("reset value " + value.type() + " does not match register " + type(), "build it with the register's type");
        }
        init = value;
        return this;
    }

    /**
     * Marks the first flop of a synchroniser: its input may come from another clock domain.
     * Only a chain of such flops with no logic between them is a safe crossing.
     */
    public Reg markSynchronizer() {
        synchronizer = true;
        return this;
    }

    public boolean isSynchronizer() { return synchronizer; }

    @Override public String kindName() { return "register"; }
}
