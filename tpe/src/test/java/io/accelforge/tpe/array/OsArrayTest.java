package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The output-stationary array's drain protocol and accumulator width. */
class OsArrayTest {
    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void drainOneCycleBeforeTheLastMultiplyAccumulateLosesJustThatProduct(PeKind pe) {
        ArrayUnderTest array = ArrayUnderTest.os(2, 3, Precision.INT8, true, pe);
        Random rnd = Operands.random("OsArrayTest early drain " + pe);
        Tile tile = new Tile(nonZero(2, 4, rnd), nonZero(4, 3, rnd));
        PortTrace trace = array.model(List.of(tile));
        int drain = drainCycle(trace);
        trace.drive("drain", drain, 0);
        trace.drive("drain", drain - 1, 1);
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            sim.reset(1);
            List<long[]> rows = drainedRows(sim, trace, 3);
            long[][] c = tile.product(array.accBits(), true);
            assertArrayEqualsRow(new long[] {c[1][0], c[1][1], c[1][2] - tile.a()[1][3] * tile.b()[3][2]}, rows.get(0),
                    "bottom row, drained a cycle early: PE(1,2) misses A[1][3] x B[3][2], the others are complete");
            assertArrayEqualsRow(c[0], rows.get(1), "top row, complete");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void aDrainPulseWhileDrainingIsIgnored(PeKind pe) {
        ArrayUnderTest array = ArrayUnderTest.os(3, 2, Precision.INT16, false, pe);
        Random rnd = Operands.random("OsArrayTest second drain " + pe);
        List<Tile> folds = List.of(array.randomTile(rnd, 5), array.randomTile(rnd, 5));
        PortTrace trace = array.model(folds);
        int first = drainCycle(trace);
        for (int extra = 1; extra <= 3; extra++) trace.drive("drain", first + extra, 1);
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            sim.reset(1);
            TraceCheck.Replay replay = TraceCheck.run(sim, trace, rnd);
            assertTrue(replay.passed(), array + " with drain also high for 3 cycles after the pulse\n" + replay.describe(10));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void aNarrowAccumulatorWrapsLikeTheModel(PeKind pe) {
        ArrayUnderTest array = ArrayUnderTest.os(2, 2, Precision.INT8, true, pe, 17);
        Random rnd = Operands.random("OsArrayTest narrow " + pe);
        List<Tile> folds = new ArrayList<>(array.extremeTiles(40));
        for (int i = 0; i < 6; i++) folds.add(array.randomTile(rnd, 60));
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            ArrayRuns.assertExact(ArrayRuns.run(sim, array, folds, rnd));
        }
    }

    /** The model's (first) drain pulse. */
    private static int drainCycle(PortTrace trace) {
        for (int c = 0; c < trace.cycles(); c++) if (trace.input("drain", c) == 1) return c;
        throw new IllegalStateException("no drain pulse in the trace");
    }

    private static long[][] nonZero(int rows, int cols, Random rnd) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) for (int j = 0; j < cols; j++) row[j] = (1 + rnd.nextInt(100)) * (rnd.nextBoolean() ? 1 : -1);
        return m;
    }

    /** Drives the trace (don't-care inputs zero) and collects cOut each cycle cValid is high. */
    private static List<long[]> drainedRows(Interpreter sim, PortTrace trace, int cols) {
        List<long[]> rows = new ArrayList<>();
        for (int c = 0; c < trace.cycles(); c++) {
            for (String in : trace.inputs()) {
                Long v = trace.input(in, c);
                sim.poke(in, v == null ? 0 : v);
            }
            if (sim.peek("cValid") == 1) {
                long[] row = new long[cols];
                for (int j = 0; j < cols; j++) row[j] = sim.peek("cOut_" + j);
                rows.add(row);
            }
            sim.step();
        }
        return rows;
    }

    private static void assertArrayEqualsRow(long[] want, long[] got, String what) {
        assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got), what);
    }
}
