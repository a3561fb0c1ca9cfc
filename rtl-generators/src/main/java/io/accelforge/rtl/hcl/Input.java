package io.accelforge.rtl.hcl;

/** An input port: driven by the parent (or the outside world at the top). */
public final class Input extends Signal {
    Input(Module owner, HwType type, SourceLoc loc) { super(owner, type, loc); }
    @Override public String kindName() { return "input"; }
}
