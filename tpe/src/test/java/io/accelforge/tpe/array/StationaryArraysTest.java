package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the weight- and input-stationary arrays add to the shared checks: wrapping partial sums, preloads, long streams. */
class StationaryArraysTest {
    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void aNarrowPartialSumWrapsLikeTheModel(PeKind pe) {
        Random rnd = Operands.random("StationaryArraysTest narrow " + pe);
        for (Architecture arch : List.of(Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS)) {
            // 4 rows of INT8 products need 18 bits; 16 wrap
            ArrayUnderTest array = ArrayUnderTest.stationary(arch, 4, 3, Precision.INT8, true, pe, 16);
            List<Tile> folds = new ArrayList<>(array.extremeTiles(5));
            for (int i = 0; i < 6; i++) folds.add(array.randomTile(rnd, 6));
            try (Interpreter sim = new Interpreter(array.elaborate())) {
                ArrayRuns.assertExact(ArrayRuns.run(sim, array, folds, rnd));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Architecture.class, names = {"SYSTOLIC_WS", "SYSTOLIC_IS"})
    void aPreloadCutShortLeavesTheNextPreloadStartingAtTheBottomRow(Architecture arch) {
        Random rnd = Operands.random("StationaryArraysTest cut preload " + arch);
        ArrayUnderTest array = ArrayUnderTest.of(arch, 4, 3, Precision.INT8, false, PeKind.PLAIN);
        PortTrace trace = array.model(List.of(array.randomTile(rnd, 5), array.randomTile(rnd, 5)));
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            sim.reset(1);
            sim.poke("load", 1);
            sim.step(2);   // two rows of a preload nobody finishes
            sim.poke("load", 0);
            sim.step();
            TraceCheck.Replay replay = TraceCheck.run(sim, trace, rnd);
            assertTrue(replay.passed(), array + " after a preload of 2 of 4 rows\n" + replay.describe(10));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Architecture.class, names = {"SYSTOLIC_WS", "SYSTOLIC_IS"})
    void aLongStreamThroughOnePreloadIsExact(Architecture arch) {
        Random rnd = Operands.random("StationaryArraysTest long stream " + arch);
        ArrayUnderTest array = ArrayUnderTest.of(arch, 3, 4, Precision.INT16, true, PeKind.OPT1);
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            ArrayRuns.Run run = ArrayRuns.run(sim, array, List.of(array.randomTile(rnd, 200)), rnd);
            ArrayRuns.assertExact(run);
            assertTrue(run.trace().cycles() > 2 * 3 + 4, "the fold streamed " + run.folds().getFirst().m() + "x" + run.folds().getFirst().n());
        }
    }
}
