package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * A 64-bit cycle counter from zero, counting every cycle, built as two 32-bit halves: the high
 * half adds a carry that was registered one cycle before the low half wraps, so no carry chain
 * is longer than 32 bits (a 64-bit chain limits an iCE40 UP5K to about 36 MHz). The value is
 * exact on every cycle.
 */
public final class SplitCounter extends Module {
    public final Output count;
    private final Reg lo, hi, wrapNext;

    public SplitCounter() {
        count = output(UInt(64));
        lo = reg(UInt(32)).init(0);
        hi = reg(UInt(32)).init(0);
        wrapNext = reg(Bool()).init(0);
        lo.set(lo.add(1));
        wrapNext.set(lo.eq(0xFFFF_FFFEL));
        when(wrapNext, () -> hi.set(hi.add(1)));
        count.set(cat(hi, lo));
    }
}
