package io.accelforge.sim.bench;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * The smallest interesting design: d delayed by two registers. {@code salt} (reset value of
 * the first register) makes a distinct design, to measure a rebuild after a change.
 */
public final class TwoRegisters extends Module {
    public final Input d;
    public final Output q;
    private final Reg first, second;

    public TwoRegisters(long salt) {
        d = input(UInt(32));
        q = output(UInt(32));
        first = reg(UInt(32)).init(salt & 0xFFFF_FFFFL);
        second = reg(UInt(32)).init(0);
        first.set(d);
        second.set(first);
        q.set(second);
    }

    @Override public String moduleName() { return "TwoRegisters"; }
}
