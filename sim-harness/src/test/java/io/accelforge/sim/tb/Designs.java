package io.accelforge.sim.tb;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;

/** Small designs for testbench tests. */
final class Designs {
    private Designs() {}

    /** Counts enabled cycles; done is high when count == 10. */
    static final class Counter extends Module {
        final Input en;
        final Output count, done;
        final Reg value;

        Counter() {
            en = input(Bool());
            count = output(UInt(8));
            done = output(Bool());
            value = reg(UInt(8)).init(0);
            when(en, () -> value.set(value.add(1)));
            count.set(value);
            done.set(value.eq(10));
        }
    }

    /** A free-running counter per clock: the default clock and 'fast'. */
    static final class TwoClocks extends Module {
        final Output slowCount, fastCount;

        TwoClocks() {
            ClockDomain fast = clockDomain("fast", ResetKind.SYNC);
            Reg slow = reg(UInt(16)).init(0);
            slow.set(slow.add(1));
            Reg quick = reg(UInt(16), fast).init(0);
            quick.set(quick.add(1));
            slowCount = output(UInt(16));
            fastCount = output(UInt(16));
            slowCount.set(slow);
            fastCount.set(quick);
        }
    }

    /** A register without reset, to observe the initial state. */
    static final class Uninitialised extends Module {
        final Output q;

        Uninitialised() {
            Reg r = reg(UInt(32));
            r.set(r);
            q = output(UInt(32));
            q.set(r);
        }
    }
}
