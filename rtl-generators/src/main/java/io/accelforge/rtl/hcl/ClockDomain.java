package io.accelforge.rtl.hcl;

/**
 * A clock and its active-high reset, both input ports of the owning module. Registers and
 * memories belong to exactly one domain; values crossing between domains need a register
 * marked {@link Reg#markSynchronizer()}.
 */
public final class ClockDomain {
    private final Module owner;
    private final String name;
    private final Input clock;
    private final Input reset;
    private final ResetKind resetKind;

    ClockDomain(Module owner, String name, Input clock, Input reset, ResetKind resetKind) {
        this.owner = owner;
        this.name = name;
        this.clock = clock;
        this.reset = reset;
        this.resetKind = resetKind;
    }

    public Module owner() { return owner; }
    /** "" for a module's default domain. */
    public String name() { return name; }
    public Input clock() { return clock; }
    public Input reset() { return reset; }
    public ResetKind resetKind() { return resetKind; }

    @Override public String toString() { return name.isEmpty() ? "default domain (" + clock.name() + ")" : "domain '" + name + "'"; }
}
