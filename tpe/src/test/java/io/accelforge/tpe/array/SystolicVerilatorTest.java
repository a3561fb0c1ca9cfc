package io.accelforge.tpe.array;

import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The systolic arrays in Verilator: the 16 x 16 INT8 arrays of the paper's configurations with
 * both PE kinds, and smaller INT16 and INT4 arrays of both signednesses, each running a batch of
 * random and extreme folds back to back, checked cycle by cycle against the model and fold by
 * fold against the golden GEMM.
 */
class SystolicVerilatorTest {
    private static final int FOLDS = 200;

    static Stream<ArrayUnderTest> arrays() {
        List<ArrayUnderTest> all = new ArrayList<>();
        for (Architecture arch : List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS)) {
            all.add(ArrayUnderTest.of(arch, 16, 16, Precision.INT8, true, PeKind.PLAIN));
            all.add(ArrayUnderTest.of(arch, 16, 16, Precision.INT8, true, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 5, 6, Precision.INT16, false, PeKind.OPT1));
            all.add(ArrayUnderTest.of(arch, 6, 5, Precision.INT16, true, PeKind.PLAIN));
            all.add(ArrayUnderTest.of(arch, 4, 7, Precision.INT4, false, PeKind.OPT1));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void randomBatchMatchesTheModelAtEveryCycleAndTheGoldenGemmAtEveryFold(ArrayUnderTest array) {
        Random rnd = Operands.random("SystolicVerilatorTest " + array);
        List<Tile> folds = ArrayRuns.randomAndExtremeTiles(array, FOLDS, 24, rnd);
        try (VerilatorSim sim = VerilatorSim.open(array.elaborate())) {
            ArrayRuns.assertExact(ArrayRuns.run(sim, array, folds, rnd));
        }
    }
}
