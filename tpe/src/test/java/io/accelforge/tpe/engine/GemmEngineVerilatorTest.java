package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification of every engine in Verilator: each architecture x PE kind (systolic OS, WS,
 * IS with plain and OPT1 PEs; the 2D-Matrix of sparsity-encoding PEs, OPT4 and OPT3) x precision (an
 * 8x8 INT8 signed engine with the default scratchpads, a 4x4 INT16 unsigned one whose
 * scratchpads hold 16 words so that longer streams split into several folds, a 3x5 INT4
 * signed one) runs {@value #CI_GEMMS} GEMMs on one model: constant extreme matrices, the
 * ragged 36x98x47, then random shapes up to 40. Every element must equal the golden GEMM and
 * every GEMM's cycle count the engine cycle model. {@code -Daccelforge.long=true} runs
 * {@value #LONG_GEMMS} per configuration.
 */
class GemmEngineVerilatorTest {
    static final int CI_GEMMS = 200, LONG_GEMMS = 1000;

    static Stream<GemmEngineParams> engines() {
        List<GemmEngineParams> all = new ArrayList<>();
        for (Architecture arch : List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS)) {
            for (PeKind pe : List.of(PeKind.PLAIN, PeKind.OPT1)) {
                all.add(GemmEngineParams.of(arch, 8, 8, Precision.INT8, true, pe));
                all.add(GemmEngineParams.of(arch, 4, 4, Precision.INT16, false, pe).withDepths(16, 16, 16));
                all.add(GemmEngineParams.of(arch, 3, 5, Precision.INT4, true, pe));
            }
        }
        for (PeKind pe : List.of(PeKind.OPT4, PeKind.OPT3)) {
            all.add(GemmEngineParams.of(Architecture.MATRIX_2D, 8, 8, Precision.INT8, true, pe));
            all.add(GemmEngineParams.of(Architecture.MATRIX_2D, 4, 4, Precision.INT16, false, pe).withDepths(16, 16, 16));
            all.add(GemmEngineParams.of(Architecture.MATRIX_2D, 3, 5, Precision.INT4, true, pe));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void randomAndExtremeGemmsMatchTheGoldenGemmAndTheCycleModel(GemmEngineParams p) {
        int count = Boolean.getBoolean("accelforge.long") ? LONG_GEMMS : CI_GEMMS;
        Random rnd = Operands.random("GemmEngineVerilatorTest " + p);
        List<GemmCases.Case> cases = GemmCases.of(p.precision(), p.signed(), count, 40, true, rnd);
        long cycles = 0, macs = 0, start = System.nanoTime();
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new GemmEngine(p)))) {
            sim.reset(1);
            GemmDriver driver = new GemmDriver(sim, p);
            for (GemmCases.Case c : cases) {
                cycles += GemmCheck.run(driver, p, c.a(), c.b(), c.name()).cycles();
                macs += (long) c.a().length * c.b().length * c.b()[0].length;
            }
        }
        System.out.printf(Locale.ROOT, "GemmEngineVerilatorTest %s: %d GEMMs, %d MACs, %d engine cycles, 0 mismatches, cycles = model; %.1f s%n",
                p, cases.size(), macs, cycles, (System.nanoTime() - start) / 1e9);
        assertTrue(cases.size() >= count);
    }
}
