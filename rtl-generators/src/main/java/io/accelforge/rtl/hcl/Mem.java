package io.accelforge.rtl.hcl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An array of words in one clock domain. Writes are statements (they take the enclosing
 * when() conditions as their enable); reads are synchronous (block-RAM inferable) or
 * asynchronous. Contents start at zero and are not reset.
 */
public final class Mem {
    private final Module owner;
    private final HwType type;
    private final int depth;
    private final ClockDomain domain;
    private final SourceLoc loc;
    private final List<SyncRead> syncReads = new ArrayList<>();
    private ReadUnderWrite readUnderWrite = ReadUnderWrite.READ_FIRST;
    private String name;
    private NameSource nameSource = NameSource.NONE;

    Mem(Module owner, HwType type, int depth, ClockDomain domain, SourceLoc loc) {
        if (depth < 2) throw new HclException(loc, "memory depth must be >= 2, got " + depth, "use a register for a single word");
        this.owner = owner;
        this.type = type;
        this.depth = depth;
        this.domain = domain;
        this.loc = loc;
    }

    public Module owner() { return owner; }
    public HwType type() { return type; }
    public int depth() { return depth; }
    public ClockDomain domain() { return domain; }
    public SourceLoc loc() { return loc; }
    public int addrWidth() { return Hcl.log2Up(depth); }
    public ReadUnderWrite readUnderWrite() { return readUnderWrite; }
    public List<SyncRead> syncReads() { return Collections.unmodifiableList(syncReads); }
    public String name() { return name; }
    public NameSource nameSource() { return nameSource; }

    public Mem named(String n) {
        Names.checkIdentifier(n);
        name = Names.sanitize(n);
        nameSource = NameSource.EXPLICIT;
        return this;
    }

    public void nameIfWeaker(String n, NameSource source) {
        if (nameSource != NameSource.EXPLICIT && source.compareTo(nameSource) >= 0) {
            name = n;
            nameSource = source;
        }
    }

    public Mem readUnderWrite(ReadUnderWrite policy) {
        readUnderWrite = policy;
        return this;
    }

    /** Registered read port: the data appears one clock edge after the address. */
    public SyncRead readSync(Value addr) { return readSync(addr, Hcl.TRUE()); }

    public SyncRead readSync(Value addr, Value enable) {
        checkAddr(addr);
        Hcl.requireBool("read enable", enable);
        SyncRead r = new SyncRead(owner, this, addr, enable, SourceLoc.capture());
        owner.body().addLocal(r);
        syncReads.add(r);
        return r;
    }

    /** Combinational read port (distributed RAM or flops, not block RAM). */
    public Value readAsync(Value addr) {
        checkAddr(addr);
        return new AsyncRead(this, addr);
    }

    /** Writes {@code data} at {@code addr} on the clock edge, when the enclosing conditions hold. */
    public void write(Value addr, Value data) { write(addr, data, null); }

    /**
     * Masked write: {@code mask} bit i enables lane i of width {@code width/mask.width()}
     * (byte enables for an 8-bit lane).
     */
    public void write(Value addr, Value data, Value mask) {
        checkAddr(addr);
        if (data.width() != type.width()) {
            throw new HclException("write data of " + data.width() + " bits to memory of " + type.width() + "-bit words", "resize the data explicitly");
        }
        if (mask != null) {
            Value.requireUnsigned("write mask", mask);
            if (type.width() % mask.width() != 0) {
                throw new HclException("mask of " + mask.width() + " bits does not divide the " + type.width() + "-bit word into equal lanes",
                        "use a mask width that divides " + type.width());
            }
        }
        Construction.current().memWrite(this, addr, data, mask, SourceLoc.capture());
    }

    private void checkAddr(Value addr) {
        Value.requireUnsigned("memory address", addr);
        if (addr.width() != addrWidth()) {
            throw new HclException("address of " + addr.width() + " bits for memory of depth " + depth + " (needs " + addrWidth() + ")",
                    "zext/trunc the address to " + addrWidth() + " bits");
        }
    }

    @Override public String toString() { return "memory '" + name + "' " + depth + " x " + type; }
}
