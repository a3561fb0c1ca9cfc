package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The driver on small engines in the interpreter: shapes, folds, wrapping and bad input. */
class GemmDriverTest {
    private static final List<Architecture> SYSTOLIC = List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS);

    private static Interpreter open(GemmEngineParams p) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new GemmEngine(p)));
        sim.reset(1);
        return sim;
    }

    private static void runShapes(GemmEngineParams p, int[][] shapes, String test) {
        Random rnd = Operands.random(test + " " + p);
        try (Interpreter sim = open(p)) {
            GemmDriver driver = new GemmDriver(sim, p);
            for (int[] s : shapes) {
                GemmCheck.run(driver, p, Operands.matrix(p.precision(), p.signed(), s[0], s[1], rnd), Operands.matrix(p.precision(), p.signed(), s[1], s[2], rnd),
                        test);
            }
        }
    }

    @Test void multipliesRaggedShapesBackToBackOnEveryArchitecture() {
        int[][] shapes = {{1, 1, 1}, {5, 11, 4}, {7, 2, 9}, {3, 3, 2}, {2, 5, 7}};
        for (Architecture arch : SYSTOLIC) runShapes(GemmEngineParams.of(arch, 2, 3, Precision.INT8, true, PeKind.PLAIN).withDepths(16, 16, 16), shapes, "ragged");
        runShapes(GemmEngineParams.of(Architecture.MATRIX_2D, 2, 3, Precision.INT8, true, PeKind.OPT4).withDepths(16, 16, 16), shapes, "ragged");
    }

    @Test void splitsStreamsLongerThanTheScratchpadsAndAddsReductionChunksIntoC() {
        int[][] shapes = {{9, 13, 10}, {1, 17, 1}};
        for (Architecture arch : SYSTOLIC) runShapes(GemmEngineParams.of(arch, 3, 2, Precision.INT4, false, PeKind.OPT1).withDepths(4, 4, 4), shapes, "folds");
        runShapes(GemmEngineParams.of(Architecture.MATRIX_2D, 3, 2, Precision.INT4, false, PeKind.OPT3).withDepths(4, 4, 4), shapes, "folds");
    }

    @Test void theSparseEnginesCounterChargesEachKStepItsDensestAOperandsDigits() {
        for (PeKind pe : List.of(PeKind.OPT4, PeKind.OPT3)) {
            GemmEngineParams p = GemmEngineParams.of(Architecture.MATRIX_2D, 2, 3, Precision.INT8, true, pe);
            try (Interpreter sim = open(p)) {
                long[][] a = {{0, 85, -1}, {0, 1, 127}}, b = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
                GemmDriver.Result r = GemmCheck.run(new GemmDriver(sim, p), p, a, b, "digits");
                assertEquals((1 + 4 + 2) + (2 + 1) + 3 + 6 + 3 + 2, r.cycles(),
                        pe + ": K steps of 1, 4 and 2 cycles, drain 3, control 3, 6 writes, CLEAR_C of 2 words, 2 reads");
            }
        }
    }

    @Test void wrapsLikeTheGoldenGemmWhenTheCLaneIsNarrow() {
        for (Architecture arch : SYSTOLIC) {
            GemmEngineParams p = new GemmEngineParams(arch, 2, 2, Precision.INT8, true, PeKind.OPT1, 16, 1, 4, 4, 4);
            try (Interpreter sim = open(p)) {
                long min = Precision.INT8.min(true);
                GemmDriver.Result r = GemmCheck.run(new GemmDriver(sim, p), p, Operands.filled(3, 9, min), Operands.filled(9, 2, min), "narrow C");
                assertEquals(9 * 16384 - 131072, r.c()[0][0], arch + ": 9 x (-128)^2 = 147456 wraps to 16 bits");
            }
        }
    }

    @Test void rejectsAnOperandOutsideThePrecisionNamingIt() {
        GemmEngineParams p = GemmEngineParams.of(Architecture.SYSTOLIC_OS, 2, 2, Precision.INT4, false, PeKind.PLAIN);
        try (Interpreter sim = open(p)) {
            GemmDriver d = new GemmDriver(sim, p);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.multiply(new long[][] {{1, 16}}, new long[][] {{1}, {2}}));
            assertEquals("A[0][1] = 16 is not an unsigned INT4 value (0..15)", e.getMessage());
        }
    }

    @Test void rejectsOperandsWhoseInnerDimensionsDiffer() {
        GemmEngineParams p = GemmEngineParams.of(Architecture.SYSTOLIC_WS, 2, 2, Precision.INT8, true, PeKind.PLAIN);
        try (Interpreter sim = open(p)) {
            GemmDriver d = new GemmDriver(sim, p);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.multiply(new long[][] {{1, 2, 3}}, new long[][] {{1}, {2}}));
            assertEquals("A row 0 has 3 columns but B has 2 rows: inner dimensions differ", e.getMessage());
        }
    }
}
