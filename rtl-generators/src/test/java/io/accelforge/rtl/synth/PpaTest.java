package io.accelforge.rtl.synth;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.arith.AdderParams;
import io.accelforge.rtl.blocks.arith.RippleAdder;
import io.accelforge.rtl.blocks.mac.MacCell;
import io.accelforge.rtl.blocks.mac.MacCellParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.tools.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PPA driver on real designs: Yosys + OpenSTA + the IHP SG13G2 typical liberty. */
class PpaTest {
    @TempDir static Path sharedCache;
    static final ProgressLog MAC_LOG = new ProgressLog();
    static Design macDesign;
    static PpaReport mac;

    @BeforeAll static void measureTheMacOnce() {
        macDesign = Elaborator.elaborate(() -> new MacCell(new MacCellParams(8, 32)));
        mac = Ppa.run(macDesign, MAC_LOG.options(sharedCache));
    }

    static Design ripple8() { return Elaborator.elaborate(() -> new RippleAdder(new AdderParams(8))); }

    @Test void int8MacCellHasPlausibleAreaTimingDepthTransistorsAndPower() {
        assertEquals("MacCell_width8_accWidth32", mac.top());
        assertTrue(mac.cellAreaUm2() > 1000, "area um2 " + mac.cellAreaUm2());
        assertTrue(mac.cells() > 100 && mac.genericCells() > 100, "cells " + mac.cells() + ", generic " + mac.genericCells());
        assertEquals(32 + 8 + 8, mac.flipFlops(), "accumulator plus the a and b registers");
        assertTrue(mac.transistors() > 1000, "transistors " + mac.transistors());
        assertTrue(mac.logicDepth() > 10, "an 8x8 multiply and a 32-bit add are deeper than 10 gates: " + mac.logicDepth());
        assertTrue(mac.fmaxMhz() > 10 && mac.fmaxMhz() < 5000, "Fmax MHz " + mac.fmaxMhz());
        assertTrue(mac.power().totalW() > 0 && mac.power().totalW() < 1, "power W " + mac.power().totalW());
        assertEquals(0.1, mac.power().activity());
        assertEquals(100.0, mac.power().clockMhz(), "power at the default 10 ns period");
    }

    @Test void fmaxIsTheReciprocalOfTheWorstPathPlusSetup() {
        TimingPath w = mac.worstPath();
        assertEquals(mac.staPeriodNs() - w.slackNs(), mac.criticalPathNs(), 1e-4, "critical path = period - slack");
        assertTrue(mac.criticalPathNs() >= w.arrivalNs(), "a flip-flop endpoint adds its setup time: " + w);
        assertEquals(1000 / mac.criticalPathNs(), mac.fmaxMhz(), 1e-2);
        assertEquals("clk", w.pathGroup());
    }

    @Test void reportNamesTheDesignToolsLibertyAndScripts() {
        assertEquals(DesignWriter.contentHash(DesignSources.of(macDesign).files()), mac.contentHash());
        assertTrue(mac.yosysVersion().startsWith("Yosys "), mac.yosysVersion());
        assertFalse(mac.staVersion().isBlank());
        assertEquals("sg13g2_stdcell_typ_1p20V_25C.lib", mac.liberty());
        assertEquals(PpaFlow.scriptHash(), mac.scriptHash());
        assertTrue(mac.yosysSeconds() > 0 && mac.staSeconds() > 0, "tool times " + mac.yosysSeconds() + ", " + mac.staSeconds());
    }

    @Test void reportsProgressForEachToolAndTheTotalTime() {
        assertTrue(MAC_LOG.any("ppa: yosys MacCell_width8_accWidth32"), MAC_LOG.lines.toString());
        assertTrue(MAC_LOG.any("ppa: sta MacCell_width8_accWidth32"), MAC_LOG.lines.toString());
        assertTrue(MAC_LOG.any("ppa: done in "), MAC_LOG.lines.toString());
    }

    @Test void combinationalDesignIsTimedFromInputsToOutputsAgainstAVirtualClock() {
        PpaReport r = Ppa.run(ripple8(), new ProgressLog().options(sharedCache));
        TimingPath w = r.worstPath();
        assertTrue(w.startpointKind().startsWith("input port") && w.endpointKind().startsWith("output port"), "in-to-out path: " + w);
        assertEquals(PpaFlow.VIRTUAL_CLOCK, w.pathGroup());
        assertEquals(w.arrivalNs(), r.criticalPathNs(), 1e-4, "no setup time on an output");
        assertEquals(0, r.flipFlops());
        assertFalse(r.transistorsLowerBound(), "Yosys knows the cost of every combinational gate");
        assertTrue(r.cellAreaUm2() > 0 && r.fmaxMhz() > 0 && r.logicDepth() > 0 && r.transistors() > 0, r.summary());
    }

    /** A wire and a register with constant bits: Yosys writes each as one assign to a concatenation of their other bits. */
    static final class ConstantBitsInAWireAndARegister extends Module {
        public final Input x;
        public final Output y;
        private final Wire t;
        private final Reg r;

        ConstantBitsInAWireAndARegister() {
            x = input(UInt(2));
            y = output(UInt(4));
            t = wire(Hcl.cat(x.bit(1).and(x.bit(0)), Hcl.FALSE(), x.bit(1).xor(x.bit(0)), Hcl.FALSE()));
            r = regNext(t);
            y.set(r);
        }
    }

    @Test void registersAndWiresWithConstantBitsAreTimed(@TempDir Path cache) {
        PpaReport r = Ppa.run(Elaborator.elaborate(ConstantBitsInAWireAndARegister::new), new ProgressLog().options(cache));
        assertTrue(r.worstPath() != null && r.fmaxMhz() != null, "OpenSTA read the netlist and timed it: " + r.summary());
        assertEquals(2, r.flipFlops(), "the register's two constant bits need no flip-flops: " + r.summary());
    }

    /** A counter's "busy" enables 256 registers, as a drain counter's does the accumulators of a whole array. */
    static final class WideEnable extends Module {
        public final Input start, d;
        public final Output q;
        private final Reg left, r;

        WideEnable() {
            start = input(Hcl.Bool());
            d = input(UInt(256));
            q = output(UInt(256));
            left = reg(UInt(4)).init(0);
            Value busy = left.ne(0);
            when(busy, () -> left.set(left.sub(1))).elseWhen(start, () -> left.set(15));
            r = reg(UInt(256));
            when(busy, () -> r.set(d));
            q.set(r);
        }
    }

    @Test void aWideEnableFromLogicIsBufferedSoItsFanoutDoesNotSetTheClock(@TempDir Path cache) {
        PpaReport r = Ppa.run(Elaborator.elaborate(WideEnable::new), new ProgressLog().options(cache));
        // one weakest gate driving 256 mux selects takes over 10 ns; a buffer tree about 1
        assertTrue(r.fmaxMhz() > 400, "a counter, a buffer tree and a mux per bit: " + r.summary());
    }

    @Test void sameDesignTwiceGivesIdenticalNumbersAndTheSecondRunIsACacheHit(@TempDir Path cache) {
        ProgressLog first = new ProgressLog(), second = new ProgressLog();
        PpaReport a = Ppa.run(ripple8(), first.options(cache));
        PpaReport b = Ppa.run(ripple8(), second.options(cache));
        assertFalse(a.fromCache());
        assertTrue(b.fromCache());
        assertEquals(a.withFromCache(true), b, "the second report is the first, read back");
        assertFalse(second.any("ppa: yosys") || second.any("ppa: sta"), "no tool ran the second time: " + second.lines);
        assertTrue(second.any("ppa: RippleAdder_width8 from cache"), second.lines.toString());
    }

    @Test void aDamagedCacheEntryIsMeasuredAgain(@TempDir Path cache) throws IOException {
        PpaReport first = Ppa.run(ripple8(), new ProgressLog().options(cache));
        Files.writeString(new PpaCache(cache).entry(first.cacheKey()).resolve(PpaCache.REPORT), "{ \"top\": ");
        PpaReport again = Ppa.run(ripple8(), new ProgressLog().options(cache));
        assertFalse(again.fromCache(), "an unreadable report is not a hit");
        assertEquals(first.cellAreaUm2(), again.cellAreaUm2());
        assertTrue(new PpaCache(cache).lookup(first.cacheKey()) != null, "the entry is whole again");
    }

    @Test void aDesignAndItsWrittenDirectoryShareOneCacheEntry(@TempDir Path cache, @TempDir Path out) throws IOException {
        Design d = ripple8();
        DesignWriter.write(d, out.resolve("ripple8"), "ripple-adder", Map.of("width", 8));
        PpaReport fromDesign = Ppa.run(d, new ProgressLog().options(cache));
        PpaReport fromDir = Ppa.run(out.resolve("ripple8"), new ProgressLog().options(cache));
        assertTrue(fromDir.fromCache(), "the directory holds the same files, so the same key");
        assertEquals(fromDesign.cacheKey(), fromDir.cacheKey());
    }

    @Test void aTargetPeriodBecomesAbcsDelayTargetAndTheClockForTimingAndPower(@TempDir Path cache) throws IOException {
        PpaReport free = Ppa.run(ripple8(), new ProgressLog().options(cache));
        PpaReport aimed = Ppa.run(ripple8(), new ProgressLog().options(cache).withTargetPeriodNs(4.0));
        assertNotEquals(free.cacheKey(), aimed.cacheKey(), "the period is part of the key");
        assertEquals(4.0, aimed.targetPeriodNs());
        assertEquals(4.0, aimed.staPeriodNs());
        assertEquals(250.0, aimed.power().clockMhz());
        String script = Files.readString(new PpaCache(cache).entry(aimed.cacheKey()).resolve("synth.ys"));
        assertTrue(script.contains("abc -liberty \"") && script.contains(" -D 4000 -constr "), script);
        String freeScript = Files.readString(new PpaCache(cache).entry(free.cacheKey()).resolve("synth.ys"));
        assertTrue(freeScript.contains(" -D 10000 -constr "), "without a target, abc aims at the default period:\n" + freeScript);
    }

    @Test void missingLibertyFailsBeforeAnyToolRunsWithOneClearLine(@TempDir Path cache) {
        Path gone = cache.resolve("no-such.lib");
        ProgressLog log = new ProgressLog();
        PpaException e = assertThrows(PpaException.class, () -> Ppa.run(ripple8(), log.options(cache).withLiberty(gone)));
        assertEquals("no Liberty file at " + gone + " (named by PpaOptions.liberty); point PpaOptions.liberty at a .lib file such as "
                + "sg13g2_stdcell_typ_1p20V_25C.lib", e.getMessage());
        assertTrue(log.lines.isEmpty(), "nothing ran: " + log.lines);
    }

    @Test void yosysFailureIsOneLineWithItsErrorAndTheLog(@TempDir Path cache, @TempDir Path out) throws IOException {
        Path dir = out.resolve("broken");
        DesignWriter.write(ripple8(), dir, "ripple-adder", Map.of("width", 8));
        Files.writeString(dir.resolve("RippleAdder_width8.v"), "module RippleAdder_width8(input wire a);\n  assign = ;\nendmodule\n");
        ToolException e = assertThrows(ToolException.class, () -> Ppa.run(dir, new ProgressLog().options(cache)));
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.startsWith("yosys failed on RippleAdder_width8: ") && m.contains("ERROR: syntax error"), m);
        Path log = Path.of(m.substring(m.indexOf("; log: ") + 7));
        assertTrue(Files.readString(log).contains("ERROR:"), "the named log holds the error: " + log);
    }

    /** Two free-running counters, one per clock port. */
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

    @Test void aDesignWithTwoClockPortsIsTimedAgainstItsOwnClocks() {
        PpaReport r = Ppa.run(Elaborator.elaborate(TwoCounters::new), new ProgressLog().options(sharedCache));
        assertEquals(16, r.flipFlops());
        assertTrue(List.of("clk", "fast_clk").contains(r.worstPath().pathGroup()), "timed against a design clock: " + r.worstPath());
        assertTrue(r.worstPath().endpointKind().contains("flip-flop") || r.worstPath().endpointKind().contains("output"), r.worstPath().toString());
        assertTrue(r.fmaxMhz() > 0, r.summary());
    }
}
