package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.GemmCases;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.VerificationMatrix;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine cells of the {@link VerificationMatrix} in Verilator: systolic OS, WS, IS with
 * plain and OPT1 PEs, and the 2D-Matrix of sparsity-encoding PEs (OPT4, OPT3), each at three
 * precisions (an 8x8 INT8 signed engine with the default scratchpads, a 4x4 INT16 unsigned one
 * whose scratchpads hold 16 words so that longer streams split into several folds and K
 * chunks add into C, a 3x5 INT4 signed one), run {@link VerificationMatrix#gemms()} GEMMs
 * each on one model: constant extreme matrices, the ragged 36x98x47, then random shapes up to
 * 40. Every element must equal the golden GEMM and every GEMM's cycle count (the engine's own
 * counter) the engine cycle model.
 */
class GemmEngineVerilatorTest {
    static Stream<VerificationMatrix.Cell> cells() { return VerificationMatrix.engineCells().stream(); }

    /** The engine a cell runs on. */
    static GemmEngineParams engine(VerificationMatrix.Cell c) {
        return switch (c.precision()) {
            case INT8 -> GemmEngineParams.of(c.arch(), 8, 8, c.precision(), c.signed(), c.pe());
            case INT16 -> GemmEngineParams.of(c.arch(), 4, 4, c.precision(), c.signed(), c.pe()).withDepths(16, 16, 16);
            case INT4 -> GemmEngineParams.of(c.arch(), 3, 5, c.precision(), c.signed(), c.pe());
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void randomAndExtremeGemmsMatchTheGoldenGemmAndTheCycleModel(VerificationMatrix.Cell cell) {
        GemmEngineParams p = engine(cell);
        int count = VerificationMatrix.gemms();
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
        assertEquals(count, cases.size());
        System.out.println(VerificationMatrix.summary(cell, "engine " + p, cases.size(), macs, cycles, (System.nanoTime() - start) / 1e9));
    }
}
