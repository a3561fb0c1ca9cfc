package io.accelforge.rtl.interp;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.sim.SimException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The interpreter as a Simulator: state starts at zero, resets by domain kind, ports by name with checked values. */
class InterpreterTest {
    /** Two counters from 5: one in the default (synchronous reset) domain, one in an asynchronously reset domain. */
    static final class Counters extends Module {
        final Input en = input(Bool()), d = input(SInt(6));
        final Output sync = output(UInt(4)), async = output(UInt(4)), plain = output(UInt(4)), neg = output(SInt(6)), wide = output(UInt(80));
        final ClockDomain fast = clockDomain("fast", ResetKind.ASYNC);

        Counters() {
            Reg s = reg(UInt(4)).init(5);
            when(en, () -> s.set(s.add(1)));
            sync.set(s);
            Reg[] a = new Reg[1];
            inDomain(fast, () -> a[0] = reg(UInt(4)).init(5));
            when(en, () -> a[0].set(a[0].add(1)));
            async.set(a[0]);
            Reg p = reg(UInt(4));
            p.set(p.add(1));
            plain.set(p);
            neg.set(d.neg());
            wide.set(d.asUInt().zext(80).shl(70).trunc(80));
        }
    }

    @Test void registersStartAtZeroUntilReset() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        assertEquals(0, sim.peek("sync"), "sync counter before any reset");
        assertEquals(0, sim.peek("async"), "async counter before any reset");
        assertEquals(0, sim.peek("plain"), "register without reset at start");
        sim.step(3);
        assertEquals(3, sim.peek("plain"), "register without reset after 3 cycles");
    }

    @Test void aSynchronousResetActsOnTheNextEdge() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        sim.poke("en", 1);
        sim.step(2);
        sim.poke("rst", 1);
        assertEquals(2, sim.peek("sync"), "sync counter with rst high before the edge");
        sim.step();
        assertEquals(5, sim.peek("sync"), "sync counter after an edge with rst high");
    }

    @Test void anAsynchronousResetActsAtOnceAndHoldsWhileHigh() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        sim.poke("en", 1);
        sim.step(2);
        sim.poke("fast_rst", 1);
        assertEquals(5, sim.peek("async"), "async counter as soon as fast_rst is high, no edge");
        sim.step(2);
        assertEquals(5, sim.peek("async"), "async counter after edges with fast_rst still high");
        sim.poke("fast_rst", 0);
        sim.step();
        assertEquals(6, sim.peek("async"), "async counter one edge after the reset is released");
    }

    @Test void resetHoldsEveryTopResetHighForTheGivenEdgesThenReleasesIt() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        sim.poke("en", 1);
        sim.reset(2);
        assertEquals(2, sim.cycle(), "edges taken by reset(2)");
        assertEquals(5, sim.peek("sync"), "sync counter after reset(2)");
        assertEquals(5, sim.peek("async"), "async counter after reset(2)");
        sim.step();
        assertEquals(6, sim.peek("sync"), "sync counter counts again after reset(2)");
    }

    @Test void signedPortsReadAsSignedNumbers() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        sim.poke("d", 31);
        assertEquals(-31, sim.peek("neg"), "-d for d=31");
        assertEquals(BigInteger.valueOf(-31), sim.peekBig("neg"), "peekBig of -d for d=31");
        sim.poke("d", -32);
        assertEquals(-32, sim.peek("neg"), "-d wraps for d=-32 in SInt(6)");
    }

    @Test void aValueThatDoesNotFitThePortIsRefusedWithTheRange() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        SimException e = assertThrows(SimException.class, () -> sim.poke("d", 32));
        assertEquals("value 32 does not fit port 'd' SInt(6) (-32..31)", e.getMessage());
    }

    @Test void anOutputCannotBePoked() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        SimException e = assertThrows(SimException.class, () -> sim.poke("sync", 1));
        assertEquals("'sync' is an output of Counters; only inputs can be poked", e.getMessage());
    }

    @Test void anUnknownPortNamesTheNearestPorts() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        SimException e = assertThrows(SimException.class, () -> sim.peek("snyc"));
        assertEquals("no port 'snyc' on Counters; nearest: sync, async, en", e.getMessage());
    }

    @Test void aPortWiderThan64BitsIsReadWithPeekBig() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(Counters::new));
        sim.poke("d", -1);
        SimException e = assertThrows(SimException.class, () -> sim.peek("wide"));
        assertEquals("port 'wide' is 80 bits wide; use peekBig()", e.getMessage());
        assertEquals(BigInteger.valueOf(63).shiftLeft(70).and(BigInteger.ONE.shiftLeft(80).subtract(BigInteger.ONE)), sim.peekBig("wide"),
                "the 6-bit pattern of d=-1 shifted to bit 70, cut to 80 bits");
    }
}
