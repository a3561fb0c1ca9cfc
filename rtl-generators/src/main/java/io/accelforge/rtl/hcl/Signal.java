package io.accelforge.rtl.hcl;

/** A named value owned by one module: a port, a wire, a register, or a memory's read data. */
public abstract sealed class Signal extends Value permits Input, Output, Wire, Reg, SyncRead {
    private final Module owner;
    private final SourceLoc loc;
    private String name;
    private NameSource nameSource = NameSource.NONE;

    Signal(Module owner, HwType type, SourceLoc loc) {
        super(type);
        this.owner = owner;
        this.loc = loc;
    }

    public final Module owner() { return owner; }
    public final SourceLoc loc() { return loc; }
    public final String name() { return name; }
    public final NameSource nameSource() { return nameSource; }

    /** Sets the Verilog name explicitly (it wins over the Java field name). */
    @SuppressWarnings("unchecked")
    public <S extends Signal> S named(String n) {
        Names.checkIdentifier(n);
        name = Names.sanitize(n);
        nameSource = NameSource.EXPLICIT;
        return (S) this;
    }

    /** Used by naming passes; an explicit name is kept, a weaker one replaced. */
    public final void nameIfWeaker(String n, NameSource source) {
        if (nameSource != NameSource.EXPLICIT && source.compareTo(nameSource) >= 0) {
            name = n;
            nameSource = source;
        }
    }

    /** Drives the whole signal from {@code v}; widths and signedness must match exactly. */
    public void set(Value v) { Construction.current().assign(this, width() - 1, 0, v, SourceLoc.capture()); }

    /** Drives the whole signal from a constant of its own type. */
    public void set(long c) { Construction.current().assign(this, width() - 1, 0, constant(c), SourceLoc.capture()); }

    /** Drives bits [hi:lo] only; {@code v} must be exactly hi-lo+1 bits. */
    public void assignBits(int hi, int lo, Value v) {
        if (lo < 0 || hi >= width() || hi < lo) {
            throw new HclException("assignBits(" + hi + ", " + lo + ") out of range for " + type(), "use indices within 0.." + (width() - 1));
        }
        Construction.current().assign(this, hi, lo, v, SourceLoc.capture());
    }

    public void setBit(int i, Value v) { assignBits(i, i, v); }

    /** A short description for messages: kind and name. */
    public abstract String kindName();

    @Override public String toString() { return kindName() + " '" + (name == null ? "?" : name) + "' " + type(); }
}
