package io.accelforge.rtl.hcl;

/** An output port: driven inside its module, readable there and by the parent. */
public final class Output extends Signal {
    Output(Module owner, HwType type, SourceLoc loc) { super(owner, type, loc); }
    @Override public String kindName() { return "output"; }
}
