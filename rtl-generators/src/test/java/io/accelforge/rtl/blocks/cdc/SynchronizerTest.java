package io.accelforge.rtl.blocks.cdc;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import io.accelforge.rtl.lower.DiagnosticKind;
import io.accelforge.rtl.lower.ElaborationException;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynchronizerTest {
    @TempDir Path tmp;

    /** A flag register in domain "src" read by domain "dst", through a synchroniser or (wrongly) directly. */
    static final class TwoDomains extends Module {
        final Input raise;
        final Output seen;
        private Reg flag;
        private Reg late;

        TwoDomains(boolean synchronised) {
            ClockDomain src = clockDomain("src", ResetKind.SYNC);
            ClockDomain dst = clockDomain("dst", ResetKind.SYNC);
            raise = input(Bool());
            seen = output(Bool());
            inDomain(src, () -> flag = reg(Bool()).init(0));
            flag.set(raise);
            if (synchronised) {
                Synchronizer sync = instance(new Synchronizer(SynchronizerParams.bit(2, false)), dst);
                sync.d.set(flag);
                seen.set(sync.q);
            } else {
                inDomain(dst, () -> late = reg(Bool()).init(0));
                late.set(flag);
                seen.set(late);
            }
        }

        @Override public String moduleName() { return "TwoDomains"; }
    }

    @Test
    void crossingThroughTheSynchronizerElaboratesAndLintsClean() throws Exception {
        Design d = Elaborator.elaborate(() -> new TwoDomains(true));
        DesignWriter.write(d, tmp.resolve("out"), "two-domains", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + " on the two-domain design:\n" + String.join("\n", r.problems()) + "\nlog: " + r.log());
        }
    }

    @Test
    void crossingWithoutTheSynchronizerIsAClockCrossingError() {
        ElaborationException e = assertThrows(ElaborationException.class, () -> Elaborator.elaborate(() -> new TwoDomains(false)));
        assertTrue(e.diagnostics().stream().anyMatch(x -> x.kind() == DiagnosticKind.CLOCK_CROSSING),
                "expected a clock-crossing error, got:\n" + e.getMessage());
    }

    @Test
    void crossingReachesTheOtherDomainAfterTheSourceFlopAndTwoDestinationCycles() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new TwoDomains(true)));
        sim.reset(2);
        sim.poke("raise", 1);
        for (int cycle = 1; cycle <= 3; cycle++) {
            sim.step();
            assertEquals(cycle == 3 ? 1 : 0, sim.peek("seen"), "seen " + cycle + " edge(s) after raise rose (1 source flop + 2 synchroniser flops)");
        }
    }

    @Test
    void onlyTheFirstFlopIsMarkedAsASynchronizer() {
        Design d = Elaborator.elaborate(() -> new Synchronizer(SynchronizerParams.bit(4, false)));
        List<Reg> regs = d.top().body().locals().stream().filter(s -> s instanceof Reg).map(s -> (Reg) s).toList();
        assertEquals(4, regs.size(), "flops in a 4-stage chain");
        for (Reg r : regs) {
            assertEquals(r.name().equals("stage_0"), r.isSynchronizer(), r.name() + " marked as synchroniser");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void latencyIsTheNumberOfStagesInDestinationCycles(int stages) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Synchronizer(SynchronizerParams.bit(stages, false))));
        sim.reset(1);
        sim.poke("d", 1);
        int cycles = 0;
        while (sim.peek("q") == 0 && cycles <= 8) {
            sim.step();
            cycles++;
        }
        assertEquals(stages, cycles, "cycles from d rising to q rising with " + stages + " stages");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 64})
    void followsTheShiftRegisterModelOnRandomInput(int width) {
        SynchronizerParams p = new SynchronizerParams(width, 3, true);
        Random rnd = Stimulus.random("Synchronizer w" + width);
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Synchronizer(p)));
        SynchronizerModel model = new SynchronizerModel(p);
        sim.reset(1);
        for (int cycle = 0; cycle < 500; cycle++) {
            long d = width == 64 ? rnd.nextLong() : rnd.nextLong() & ((1L << width) - 1);
            sim.poke("d", new BigInteger(Long.toUnsignedString(d)));
            assertEquals(new BigInteger(Long.toUnsignedString(model.q())), sim.peekBig("q"), "q at cycle " + cycle);
            sim.step();
            model.step(d);
        }
    }

    @Test
    void resetsToOnesWhenIdleHigh() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Synchronizer(new SynchronizerParams(8, 2, true))));
        sim.reset(1);
        assertEquals(0xFF, sim.peek("q"), "q after reset with idleHigh");
    }

    @Test
    void rejectsChainsShorterThanTwoOrLongerThanFour() {
        assertThrows(ParamException.class, () -> SynchronizerParams.bit(1, false));
        assertThrows(ParamException.class, () -> SynchronizerParams.bit(5, false));
    }
}
