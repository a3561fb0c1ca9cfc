package io.accelforge.rtl.interp;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.sim.SimException;
import org.junit.jupiter.api.Test;

class MultiClockTest {
    /** Two free-running counters, one per clock domain. */
    static final class TwoCounters extends Module {
        final Output slowCount, fastCount;

        TwoCounters() {
            ClockDomain fast = clockDomain("fast", ResetKind.SYNC);
            Reg slow = reg(UInt(8)).init(0);
            slow.set(slow.add(1));
            Reg quick = reg(UInt(8), fast).init(0);
            quick.set(quick.add(1));
            slowCount = output(UInt(8));
            fastCount = output(UInt(8));
            slowCount.set(slow);
            fastCount.set(quick);
        }
    }

    @Test void tickAdvancesOnlyTheRegistersOfThatClock() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(TwoCounters::new));
        sim.reset(1);
        for (int i = 0; i < 3; i++) sim.tick("fast_clk");
        sim.tick("clk");
        assertEquals(1, sim.peek("slowCount"));
        assertEquals(3, sim.peek("fastCount"));
        sim.step();
        assertEquals(2, sim.peek("slowCount"));
        assertEquals(4, sim.peek("fastCount"));
    }

    @Test void tickOfAnInputThatClocksNothingIsRefused() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(TwoCounters::new));
        SimException e = assertThrows(SimException.class, () -> sim.tick("rst"));
        assertTrue(e.getMessage().contains("'rst' clocks nothing"), e.getMessage());
    }
}
