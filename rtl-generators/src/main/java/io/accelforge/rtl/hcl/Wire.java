package io.accelforge.rtl.hcl;

/** A combinational signal: every bit must be driven on every path (else a latch is reported). */
public final class Wire extends Signal {
    Wire(Module owner, HwType type, SourceLoc loc) { super(owner, type, loc); }
    @Override public String kindName() { return "wire"; }
}
