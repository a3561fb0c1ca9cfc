package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.Simulator;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The engine command interface, driven port by port (not through the driver) on a 2x2 INT8
 * output-stationary engine: A = [[1, 2], [3, 4]] (K = 2) and B = [[5, 6], [7, 8]] give
 * C = [[19, 22], [43, 50]].
 */
class EngineCommandsTest {
    private static final GemmEngineParams P = new GemmEngineParams(Architecture.SYSTOLIC_OS, 2, 2, Precision.INT8, true, PeKind.OPT1, 0, 65536, 4, 4, 4);
    private static final Design DESIGN = Elaborator.elaborate(() -> new GemmEngine(P));

    /** Drives one command and steps past the edge that takes it (the engine must be ready). */
    private static void command(Simulator sim, Op op, int addr, long data) {
        sim.poke("cmdValid", 1);
        sim.poke("cmdOp", op.code());
        sim.poke("cmdAddr", addr);
        sim.poke("cmdData", data);
        assertEquals(1, sim.peek("cmdReady"), op + " " + addr + " offered: cmdReady");
        sim.step();
        sim.poke("cmdValid", 0);
    }

    private static long read(Simulator sim, Op op, int addr) {
        command(sim, op, addr, 0);
        assertEquals(1, sim.peek("rspValid"), op + " " + addr + ": rspValid in the cycle after it was taken");
        return sim.peekBig("rspData").longValueExact();
    }

    /** C word i as its two signed 32-bit lanes. */
    private static List<Long> cWord(Simulator sim, int i) {
        long w = read(sim, Op.READ_C, i);
        return List.of((long) (int) w, (long) (int) (w >>> 32));
    }

    /** A as columns (word k holds A[0][k], A[1][k]), B as rows, lane 0 in the low byte. */
    private static Interpreter loaded() {
        Interpreter sim = new Interpreter(DESIGN);
        sim.reset(1);
        command(sim, Op.WRITE_A, 0, 0x0301);
        command(sim, Op.WRITE_A, 1, 0x0402);
        command(sim, Op.WRITE_B, 0, 0x0605);
        command(sim, Op.WRITE_B, 1, 0x0807);
        command(sim, Op.CLEAR_C, 0, 0);
        while (sim.peek("cmdReady") == 0 || (read(sim, Op.READ_STATUS, 0) & 1) != 0) sim.step();
        return sim;
    }

    /** Cycles from COMPUTE taken until the status reads not busy, polling every cycle. */
    private static int busyCycles(Simulator sim, int length) {
        command(sim, Op.COMPUTE, length, 0);
        int polls = 0;
        while ((read(sim, Op.READ_STATUS, 0) & 1) != 0) polls++;
        return polls;
    }

    @Test void computeAddsAxBIntoC() {
        try (Interpreter sim = loaded()) {
            busyCycles(sim, 2);
            assertEquals(List.of(19L, 22L), cWord(sim, 0));
            assertEquals(List.of(43L, 50L), cWord(sim, 1));
            busyCycles(sim, 2);
            assertEquals(List.of(86L, 100L), cWord(sim, 1), "a second COMPUTE adds into C");
        }
    }

    @Test void computeIsBusyForItsModelledCyclesThenDoneUntilTheNextCompute() {
        try (Interpreter sim = loaded()) {
            assertEquals(0, read(sim, Op.READ_STATUS, 0) & 3, "neither busy nor done after reset");
            long occupancy = P.adapter().computeCycles(P, new Fold(0, 0, 0, 2, 2, 2), null, null).total();
            assertEquals(occupancy - 1, busyCycles(sim, 2), "busy from the cycle after COMPUTE until the next command can be taken");
            assertEquals(2, read(sim, Op.READ_STATUS, 0) & 3, "done, not busy");
            command(sim, Op.COMPUTE, 2, 0);
            assertEquals(1, read(sim, Op.READ_STATUS, 0) & 3, "busy, done cleared by the next COMPUTE");
        }
    }

    @Test void whileBusyOnlyNopStatusAndCyclesAreTaken() {
        try (Interpreter sim = loaded()) {
            command(sim, Op.COMPUTE, 2, 0);
            sim.poke("cmdValid", 1);
            Map<Op, Long> ready = new TreeMap<>();
            for (Op op : Op.values()) {
                sim.poke("cmdOp", op.code());
                ready.put(op, sim.peek("cmdReady"));
            }
            sim.poke("cmdValid", 0);
            assertEquals(Map.of(Op.NOP, 1L, Op.WRITE_A, 0L, Op.WRITE_B, 0L, Op.COMPUTE, 0L, Op.READ_C, 0L, Op.READ_STATUS, 1L, Op.READ_CYCLES, 1L, Op.CLEAR_C, 0L),
                    ready, "cmdReady per op while computing");
        }
    }

    @Test void aCommandHeldWhileBusyIsTakenOnceAndOnlyWhenReady() {
        try (Interpreter sim = loaded()) {
            command(sim, Op.COMPUTE, 2, 0);
            sim.poke("cmdValid", 1);
            sim.poke("cmdOp", Op.WRITE_A.code());
            sim.poke("cmdAddr", 0);
            sim.poke("cmdData", 0x0101);
            while (sim.peek("cmdReady") == 0) sim.step();
            sim.step();
            sim.poke("cmdValid", 0);
            assertEquals(List.of(19L, 22L), cWord(sim, 0), "the write waited for the COMPUTE to finish");
        }
    }

    @Test void clearZeroesTheFirstNWordsOneCyclePerWord() {
        try (Interpreter sim = loaded()) {
            busyCycles(sim, 2);
            command(sim, Op.CLEAR_C, 1, 0);
            int polls = 0;
            while ((read(sim, Op.READ_STATUS, 0) & 1) != 0) polls++;
            assertEquals(1, polls, "CLEAR_C of 1 word: busy for one cycle after it is taken");
            assertEquals(List.of(0L, 0L), cWord(sim, 0));
            assertEquals(List.of(43L, 50L), cWord(sim, 1), "words past n are kept");
            command(sim, Op.CLEAR_C, 0, 0);
            while ((read(sim, Op.READ_STATUS, 0) & 1) != 0) sim.step();
            assertEquals(List.of(0L, 0L), cWord(sim, 1), "n = 0 clears every word");
        }
    }

    @Test void computeOfLengthZeroChangesNothingAndIsDoneAtOnce() {
        try (Interpreter sim = loaded()) {
            command(sim, Op.COMPUTE, 0, 0);
            assertEquals(2, read(sim, Op.READ_STATUS, 0) & 3, "done, not busy");
            assertEquals(List.of(0L, 0L), cWord(sim, 0));
        }
    }

    @Test void readCyclesGivesTheCountAtTheCycleTheCommandIsTaken() {
        try (Interpreter sim = new Interpreter(DESIGN)) {
            sim.reset(1);
            sim.step(41);
            assertEquals(41, read(sim, Op.READ_CYCLES, 0), "low half");
            assertEquals(0, read(sim, Op.READ_CYCLES, 1), "high half");
        }
    }

    @Test void statusNamesTheArchitectureAndThePeKind() {
        try (Interpreter sim = new Interpreter(DESIGN)) {
            sim.reset(1);
            long status = read(sim, Op.READ_STATUS, 0);
            assertEquals(Architecture.SYSTOLIC_OS.ordinal(), (status >> 8) & 0xFF, "bits 15:8");
            assertEquals(PeKind.OPT1.ordinal(), (status >> 16) & 0xFF, "bits 23:16");
        }
    }

    @Test void answersLastOneCycleAndNothingElseAnswers() {
        try (Interpreter sim = loaded()) {
            List<Long> valid = new ArrayList<>();
            command(sim, Op.READ_C, 0, 0);
            valid.add(sim.peek("rspValid"));
            sim.step();
            valid.add(sim.peek("rspValid"));
            for (Op op : List.of(Op.NOP, Op.WRITE_B)) {
                command(sim, op, 3, 0);
                valid.add(sim.peek("rspValid"));
            }
            assertEquals(List.of(1L, 0L, 0L, 0L), valid, "rspValid after READ_C, a cycle later, after NOP, after WRITE_B");
        }
    }

    @Test void portsAreExactlyClockResetAndTheCommandInterface() {
        assertEquals(List.of(
                new Design.Port("clk", "input", 1, false), new Design.Port("rst", "input", 1, false),
                new Design.Port("cmdValid", "input", 1, false), new Design.Port("cmdOp", "input", 4, false),
                new Design.Port("cmdAddr", "input", 16, false), new Design.Port("cmdData", "input", 2 * 8, false),
                new Design.Port("cmdReady", "output", 1, false), new Design.Port("rspValid", "output", 1, false),
                new Design.Port("rspData", "output", 2 * 32, false)), DESIGN.portDescriptions());
    }
}
