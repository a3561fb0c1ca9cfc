package io.accelforge.rtl.lower;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.testing.Elab.assertHeadline;
import static io.accelforge.rtl.testing.Elab.clean;
import static io.accelforge.rtl.testing.Elab.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Elab.Failure;
import io.accelforge.rtl.testing.Here;
import org.junit.jupiter.api.Test;

/** The whole-design checks: combinational loops, clock crossings, name collisions, hierarchy. */
class StructureChecksTest {
    private static final String F = "StructureChecksTest.java:";

    // ---- combinational loops ------------------------------------------------------------

    static final class TwoWireLoop extends Module {
        final Input in = input(UInt(4));
        final Output y = output(UInt(4));
        final Wire p = wire(UInt(4)), q = wire(UInt(4));
        final int pAt, qAt;

        /** @param registered break the loop with a register between q and p */
        TwoWireLoop(boolean registered) {
            if (registered) {
                p.set(regNext(q, 0).add(in)); pAt = 0;
            } else {
                p.set(q.add(in)); pAt = Here.line();
            }
            q.set(p.xor(in)); qAt = Here.line();
            y.set(q);
        }
    }

    @Test void aCombinationalLoopPrintsItsPathWithTheLineOfEachHop() {
        Failure<TwoWireLoop> f = failing(() -> new TwoWireLoop(false));
        TwoWireLoop t = f.top();
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.COMB_LOOP, d.kind());
        assertHeadline("error: combinational loop at " + F + t.qAt + ": TwoWireLoop.q (" + F + t.qAt + ") -> TwoWireLoop.p ("
                + F + t.pAt + ") -> TwoWireLoop.q", d);
    }

    @Test void aLoopBrokenByARegisterIsFine() {
        Interpreter sim = new Interpreter(clean(() -> new TwoWireLoop(true)));
        sim.reset(1);
        sim.poke("in", 1);
        // q = (q_prev + in) ^ in, starting from q_prev = 0: 0 -> 0 -> 3 -> 5 ... after settling each cycle
        long q = 0;
        for (int cycle = 0; cycle < 5; cycle++) {
            long want = ((q + 1) & 15) ^ 1;
            assertEquals(want, sim.peek("y"), "y in cycle " + cycle + " with in=1");
            q = want;
            sim.step();
        }
    }

    static final class Comb extends Module {
        final Input in = input(UInt(4));
        final Output out = output(UInt(4));
        final int at;

        Comb() {
            out.set(in.not()); at = Here.line();
        }
    }

    static final class Registered extends Module {
        final Input in = input(UInt(4));
        final Output out = output(UInt(4));
        final int at;

        Registered() {
            out.set(regNext(in, 0)); at = Here.line();
        }
    }

    static final class FeedsChildItsOwnOutput extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final Module inner;
        final int at;

        FeedsChildItsOwnOutput(boolean registeredChild) {
            Input in;
            Output out;
            if (registeredChild) {
                Registered r = instance(new Registered());
                inner = r;
                in = r.in;
                out = r.out;
            } else {
                Comb c = instance(new Comb());
                inner = c;
                in = c.in;
                out = c.out;
            }
            in.set(out.xor(a)); at = Here.line();
            y.set(out);
        }
    }

    /** The path names instances as the naming pass does (here the field 'inner'). */
    @Test void aLoopThroughAChildInstanceShowsTheHierarchicalPath() {
        Failure<FeedsChildItsOwnOutput> f = failing(() -> new FeedsChildItsOwnOutput(false));
        int childLine = ((Comb) f.top().inner).at;
        String p = "FeedsChildItsOwnOutput.inner.";
        assertHeadline("error: combinational loop at " + F + childLine + ": " + p + "out (" + F + childLine + ") -> " + p + "in ("
                + F + f.top().at + ") -> " + p + "out", f.only());
    }

    @Test void aLoopThroughAChildsRegisterIsFine() {
        clean(() -> new FeedsChildItsOwnOutput(true));
    }

    // ---- clock crossings ----------------------------------------------------------------

    static final class TwoClocks extends Module {
        final Input d = input(UInt(4));
        final Output q = output(UInt(4));
        final ClockDomain fast = clockDomain("fast", ResetKind.SYNC);
        final Reg slow, sampled;
        final int slowAt, sampledAt;

        TwoClocks(boolean synchronizer) {
            slow = regNext(d); slowAt = Here.line();
            Reg[] r = new Reg[1];
            inDomain(fast, () -> r[0] = reg(UInt(4)));
            sampled = r[0];
            if (synchronizer) sampled.markSynchronizer();
            sampled.set(slow); sampledAt = Here.line();
            q.set(sampled);
        }
    }

    @Test void aRegisterSamplingAnotherClocksRegisterIsACrossing() {
        Failure<TwoClocks> f = failing(() -> new TwoClocks(false));
        TwoClocks t = f.top();
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.CLOCK_CROSSING, d.kind());
        assertHeadline("error: clock crossing at " + F + t.sampledAt + ": TwoClocks.sampled (clock TwoClocks.fast_clk) samples TwoClocks.slow"
                + " (clock TwoClocks.clk, " + F + t.slowAt + ") without a synchroniser", d);
    }

    @Test void aRegisterMarkedAsSynchroniserMayCrossClocks() {
        clean(() -> new TwoClocks(true));
    }

    static final class ChildOnOtherClock extends Module {
        final Input d = input(UInt(4));
        final Output q = output(UInt(4));
        final ClockDomain fast = clockDomain("fast", ResetKind.SYNC);
        final Registered inner;
        final Reg back;
        final int at;

        ChildOnOtherClock(boolean sameClock) {
            inner = sameClock ? instance(new Registered()) : instance(new Registered(), fast);
            inner.in.set(d);
            back = reg(UInt(4));
            back.set(inner.out); at = Here.line();
            q.set(back);
        }
    }

    @Test void aChildRunsOnTheClockItsParentConnects() {
        Failure<ChildOnOtherClock> f = failing(() -> new ChildOnOtherClock(false));
        int childReg = f.top().inner.at;
        assertHeadline("error: clock crossing at " + F + f.top().at + ": ChildOnOtherClock.back (clock ChildOnOtherClock.clk) samples"
                + " ChildOnOtherClock.inner.in_d (clock ChildOnOtherClock.fast_clk, " + F + childReg + ") without a synchroniser", f.only());
        clean(() -> new ChildOnOtherClock(true));
    }

    // ---- name collisions ----------------------------------------------------------------

    static final class NamedLikeAField extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final Wire t;
        final int fieldAt, namedAt;

        NamedLikeAField(String otherName) {
            t = wire(a); fieldAt = Here.line();
            Wire other = wire(a.not()).named(otherName); namedAt = Here.line();
            y.set(t.xor(other));
        }
    }

    @Test void anExplicitNameEqualToAFieldNameCollides() {
        Failure<NamedLikeAField> f = failing(() -> new NamedLikeAField("t"));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.NAME_COLLISION, d.kind());
        assertHeadline("error: name collision at " + F + f.top().namedAt + ": 't' in NamedLikeAField is also the name of something built at "
                + F + f.top().fieldAt, d);
    }

    @Test void distinctExplicitAndFieldNamesDoNotCollide() {
        clean(() -> new NamedLikeAField("u"));
    }

    static final class FieldCalledClk extends Module {
        final Input clk;
        final Output y = output(UInt(4));
        final int regAt, clkAt;

        FieldCalledClk() {
            Reg r = reg(UInt(4)); regAt = Here.line();
            clk = input(Bool()); clkAt = Here.line();
            r.set(r.add(clk.zext(4)));
            y.set(r);
        }
    }

    @Test void aFieldNamedLikeTheClockPortCollidesWithIt() {
        Failure<FieldCalledClk> f = failing(FieldCalledClk::new);
        assertHeadline("error: name collision at " + F + f.top().clkAt + ": 'clk' in FieldCalledClk is also the name of something built at "
                + F + f.top().regAt, f.only());
    }

    /** A module without a params record whose body depends on a constructor argument. */
    static final class Sized extends Module {
        final Input in;
        final Output out;

        Sized(int w) {
            in = input(UInt(w));
            out = output(UInt(w));
            out.set(in);
        }
    }

    static final class TwoSizes extends Module {
        final Input a = input(UInt(8));
        final Output y = output(UInt(8));
        final Sized narrow, wide;
        final int narrowAt, wideAt;

        TwoSizes() {
            narrow = instance(new Sized(4)); narrowAt = Here.line();
            wide = instance(new Sized(8)); wideAt = Here.line();
            narrow.in.set(a.bits(3, 0));
            wide.in.set(a);
            y.set(wide.out.xor(narrow.out.zext(8)));
        }
    }

    @Test void twoDifferentBodiesUnderOneModuleNameCollideAtTheirInstanceLines() {
        Failure<TwoSizes> f = failing(TwoSizes::new);
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.NAME_COLLISION, d.kind());
        assertHeadline("error: name collision at " + F + f.top().wideAt + ": two different modules are named 'Sized' (the other is built at "
                + F + f.top().narrowAt + ")", d);
    }

    // ---- hierarchy ----------------------------------------------------------------------

    static final class WithInternal extends Module {
        final Input in = input(UInt(4));
        final Output out = output(UInt(4));
        final Wire internal = wire(UInt(4));

        WithInternal() {
            internal.set(in.not());
            out.set(internal);
        }
    }

    static final class ReadsChildInternal extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final WithInternal inner;
        final int at;

        ReadsChildInternal(boolean throughPort) {
            inner = instance(new WithInternal());
            inner.in.set(a);
            if (throughPort) {
                y.set(inner.out); at = 0;
            } else {
                y.set(inner.internal); at = Here.line();
            }
        }
    }

    @Test void readingAWireInsideAnInstanceIsAHierarchyViolation() {
        Failure<ReadsChildInternal> f = failing(() -> new ReadsChildInternal(false));
        Diagnostic d = f.only();
        assertEquals(DiagnosticKind.HIERARCHY, d.kind());
        assertHeadline("error: hierarchy violation at " + F + f.top().at
                + ": ReadsChildInternal reads wire 'internal' inside instance 'inner' (WithInternal)", d);
    }

    @Test void readingAnInstanceOutputPortIsFine() {
        clean(() -> new ReadsChildInternal(true));
    }

    static final class UsesOuterValue extends Module {
        final Output out = output(UInt(4));
        final int at;

        UsesOuterValue(Value outer) {
            out.set(outer); at = Here.line();
        }
    }

    static final class PassesValueIntoConstructor extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final UsesOuterValue inner;

        PassesValueIntoConstructor() {
            inner = instance(new UsesOuterValue(a));
            y.set(inner.out);
        }
    }

    @Test void aChildReadingItsParentsSignalDirectlyIsAHierarchyViolation() {
        Failure<PassesValueIntoConstructor> f = failing(PassesValueIntoConstructor::new);
        assertHeadline("error: hierarchy violation at " + F + f.top().inner.at + ": UsesOuterValue reads input 'a' of PassesValueIntoConstructor,"
                + " which is neither UsesOuterValue nor one of its direct instances", f.only());
    }

    static final class AssignsChildWire extends Module {
        final Input a = input(UInt(4));
        final Output y = output(UInt(4));
        final WithInternal inner;
        final int at;

        AssignsChildWire() {
            inner = instance(new WithInternal());
            inner.in.set(a);
            inner.internal.set(a); at = Here.line();
            y.set(inner.out);
        }
    }

    @Test void assigningAWireInsideAnInstanceIsAHierarchyViolation() {
        Failure<AssignsChildWire> f = failing(AssignsChildWire::new);
        assertEquals(DiagnosticKind.HIERARCHY, f.diagnostics().getFirst().kind(), f.error().getMessage());
        assertHeadline("error: hierarchy violation at " + F + f.top().at + ": assigns wire 'internal' inside instance 'inner' (WithInternal)",
                f.diagnostics().getFirst());
    }
}
