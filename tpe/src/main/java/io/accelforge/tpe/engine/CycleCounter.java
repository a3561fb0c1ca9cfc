package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * The engine's 64-bit cycle counter as two 32-bit halves: the low half counts every cycle, the
 * high half adds a carry that was registered one cycle before the low half wraps, so no carry
 * chain is longer than 32 bits (a 64-bit chain limits an iCE40 UP5K to about 36 MHz). The
 * value hi:lo is exact on every cycle: 0 in the first cycle after reset.
 */
public final class CycleCounter extends Module {
    /** The counter's value after reset (tests start near a wrap); the engine starts at 0. */
    public record Start(long value) {}

    public final Output lo, hi;
    private final Reg low, high, wrapNext;

    public CycleCounter(Start s) {
        super(s.value() == 0 ? null : s);
        lo = output(UInt(32));
        hi = output(UInt(32));
        low = reg(UInt(32)).init(s.value() & 0xFFFF_FFFFL);
        high = reg(UInt(32)).init(s.value() >>> 32);
        wrapNext = reg(Bool()).init((s.value() & 0xFFFF_FFFFL) == 0xFFFF_FFFFL ? 1 : 0);
        low.set(low.add(1));
        wrapNext.set(low.eq(0xFFFF_FFFEL));
        when(wrapNext, () -> high.set(high.add(1)));
        lo.set(low);
        hi.set(high);
    }
}
