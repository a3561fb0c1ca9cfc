package io.accelforge.rtl.hcl;

/** A combinational memory read, mem[addr]; it does not map to block RAM. */
public final class AsyncRead extends Value {
    private final Mem mem;
    private final Value addr;

    AsyncRead(Mem mem, Value addr) {
        super(mem.type());
        this.mem = mem;
        this.addr = addr;
    }

    public Mem mem() { return mem; }
    public Value addr() { return addr; }
}
