package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.GemmCases;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.VerificationMatrix;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The array cells of the {@link VerificationMatrix} in Verilator: the cube, the tree and the
 * 2D-Matrix, which have no GEMM engine, each PE kind at INT8 signed and INT4 unsigned, on small
 * arrays ({@link GemmBench#of}) so that a model builds in seconds. One model per cell runs
 * {@link VerificationMatrix#gemms()} GEMMs back to back: every pair of constant extreme
 * matrices, the ragged 36x98x47, random shapes up to 32, each tiled onto the array by its GEMM
 * plan. Every output is compared with the cycle-exact port model in every cycle, C with the
 * golden GEMM, and the span from the first input to the last result with the cycle model.
 */
class ArrayGemmVerilatorTest {
    static Stream<VerificationMatrix.Cell> cells() { return VerificationMatrix.arrayCells().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void randomExtremeAndRaggedGemmsMatchTheModelEveryCycleTheGoldenGemmAndTheCycleModel(VerificationMatrix.Cell cell) {
        run(GemmBench.of(cell), cell);
    }

    private static <I> void run(GemmBench<I> bench, VerificationMatrix.Cell cell) {
        int count = VerificationMatrix.gemms();
        Random rnd = Operands.random("ArrayGemmVerilatorTest " + cell + " " + bench.name());
        List<GemmCases.Case> cases = GemmCases.of(cell.precision(), cell.signed(), count, 32, true, rnd);
        long cycles = 0, macs = 0, start = System.nanoTime();
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(bench.rtl()))) {
            ArrayModel<I> model = bench.model().get();   // one model for the run: the array keeps its state from GEMM to GEMM
            for (GemmCases.Case c : cases) {
                long[][] a = c.a(), b = c.b();
                int m = a.length, k = b.length, n = b[0].length;
                String what = cell + " " + bench.name() + ", " + c.name() + ", GEMM " + m + "x" + k + "x" + n;
                ArrayGemmPlan<I> plan = bench.plan().apply(a, b);
                Lockstep.Trace t = Lockstep.run(sim, model, bench.ports(), plan.inputs(), plan.cycles() + bench.tail(), what);
                long[][] want = Gemm.multiply(a, b), got = plan.assemble(t::value);
                for (int i = 0; i < m; i++) assertArrayEquals(want[i], got[i], what + ": row " + i + " of C (golden expected, RTL actual)");
                assertEquals(bench.cycles().gemm(m, k, n), t.cyclesToLastValid(), what + ": cycles, cycle model (expected), RTL (actual)");
                cycles += t.cyclesToLastValid();
                macs += (long) m * k * n;
            }
        }
        assertEquals(count, cases.size());
        System.out.println(VerificationMatrix.summary(cell, bench.name(), cases.size(), macs, cycles, (System.nanoTime() - start) / 1e9));
    }
}
