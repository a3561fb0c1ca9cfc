package io.accelforge.rtl.hcl;

/** The registered read data of a memory: loads mem[addr] on a clock edge when enabled. */
public final class SyncRead extends Signal {
    private final Mem mem;
    private final Value addr;
    private final Value enable;

    SyncRead(Module owner, Mem mem, Value addr, Value enable, SourceLoc loc) {
        super(owner, mem.type(), loc);
        this.mem = mem;
        this.addr = addr;
        this.enable = enable;
    }

    public Mem mem() { return mem; }
    public Value addr() { return addr; }
    /** A Bool; the data holds while it is low. */
    public Value enable() { return enable; }

    @Override public String kindName() { return "memory read data"; }
}
