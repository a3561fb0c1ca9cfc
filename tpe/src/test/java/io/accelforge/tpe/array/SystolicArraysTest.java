package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.ScaleSim;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three systolic arrays in the interpreter, small sizes, every precision, both
 * signednesses and both PE kinds: folds back to back, each checked cycle by cycle against the
 * array's model and its C against the golden GEMM, and each fold's compute phase, measured at
 * the outputs, against SCALE-Sim's count.
 */
class SystolicArraysTest {
    static Stream<ArrayUnderTest> smallArrays() {
        List<ArrayUnderTest> all = new ArrayList<>();
        for (Architecture arch : List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS)) {
            all.add(ArrayUnderTest.of(arch, 2, 3, Precision.INT8, true, PeKind.PLAIN));
            all.add(ArrayUnderTest.of(arch, 2, 3, Precision.INT8, true, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 3, 2, Precision.INT8, false, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 3, 2, Precision.INT16, false, PeKind.PLAIN));
            all.add(ArrayUnderTest.of(arch, 3, 3, Precision.INT16, true, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 4, 4, Precision.INT4, true, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 2, 2, Precision.INT4, false, PeKind.PLAIN));
            all.add(ArrayUnderTest.of(arch, 1, 1, Precision.INT8, true, PeKind.OPT1));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallArrays")
    void multipliesRandomAndExtremeTilesExactlyWithTheModelsTiming(ArrayUnderTest array) {
        Random rnd = Operands.random("SystolicArraysTest " + array);
        List<Tile> folds = ArrayRuns.randomAndExtremeTiles(array, 12, 9, rnd);
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            ArrayRuns.assertExact(ArrayRuns.run(sim, array, folds, rnd));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallArrays")
    void computePhaseOfEveryFoldIsScaleSimsCountMeasuredAtTheOutputs(ArrayUnderTest array) {
        Random rnd = Operands.random("SystolicArraysTest timing " + array);
        List<Tile> folds = ArrayRuns.randomAndExtremeTiles(array, 4, 7, rnd);
        try (Interpreter sim = new Interpreter(array.elaborate())) {
            ArrayRuns.Run run = ArrayRuns.run(sim, array, folds, rnd);
            ArrayRuns.assertExact(run);
            for (int f = 0; f < folds.size(); f++) {
                Tile t = folds.get(f);
                // one fold is a GEMM of the fold's own shape padded to the array
                long scaleSim = ScaleSim.cycles(array.arch(), t.m(), t.k(), t.n(), array.rows(), array.cols());
                assertEquals(scaleSim, run.measuredFoldCycles(f), array + " fold " + f + " (" + t.m() + "x" + t.k() + "x" + t.n() + ")");
            }
        }
    }
}
