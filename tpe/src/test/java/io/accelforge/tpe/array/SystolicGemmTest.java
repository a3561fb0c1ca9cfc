package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.Simulator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.VerificationMatrix;
import io.accelforge.tpe.model.CycleModel;
import io.accelforge.tpe.model.ScaleSim;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whole GEMMs through each systolic array, folds back to back: C put together from the
 * folds equals the golden GEMM, and the compute cycles measured at the array's outputs add up
 * to SCALE-Sim's count and the cycle model's.
 */
class SystolicGemmTest {
    private static final List<Architecture> SYSTOLIC = List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS);

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void scaleSimsExample36x98x47On16x16TakesExactlyItsDocumentedCycles(PeKind pe) {
        Random rnd = Operands.random("SystolicGemmTest 36x98x47 " + pe);
        long[][] a = Operands.matrix(Precision.INT8, true, 36, 98, rnd), b = Operands.matrix(Precision.INT8, true, 98, 47, rnd);
        long[] documented = {1152, 1722, 1953};
        for (int i = 0; i < SYSTOLIC.size(); i++) {
            ArrayUnderTest array = ArrayUnderTest.of(SYSTOLIC.get(i), 16, 16, Precision.INT8, true, pe);
            try (VerilatorSim sim = VerilatorSim.open(array.elaborate())) {
                assertEquals(documented[i], runGemm(sim, array, a, b, rnd), array + ": measured compute cycles");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void manyRaggedRandomGemmsOn16x16TakeExactlyScaleSimsComputeCycles(PeKind pe) {
        Random rnd = Operands.random("SystolicGemmTest many on 16x16 " + pe);
        int count = VerificationMatrix.gemms();
        for (Architecture arch : SYSTOLIC) {
            ArrayUnderTest array = ArrayUnderTest.of(arch, 16, 16, Precision.INT8, true, pe);
            try (VerilatorSim sim = VerilatorSim.open(array.elaborate())) {
                for (int g = 0; g < count; g++) {
                    int m = 1 + rnd.nextInt(40), k = 1 + rnd.nextInt(40), n = 1 + rnd.nextInt(40);
                    long[][] a = Operands.matrix(Precision.INT8, true, m, k, rnd), b = Operands.matrix(Precision.INT8, true, k, n, rnd);
                    assertEquals(ScaleSim.cycles(arch, m, k, n, 16, 16), runGemm(sim, array, a, b, rnd), array + " GEMM " + m + "x" + k + "x" + n + ": measured compute cycles");
                }
            }
            System.out.println("SystolicGemmTest " + array + ": " + count + " GEMMs, compute phase = SCALE-Sim in every one");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void raggedRandomGemmsOnSmallArraysMatchTheGoldenGemmAndScaleSim(PeKind pe) {
        Random rnd = Operands.random("SystolicGemmTest ragged " + pe);
        for (Architecture arch : SYSTOLIC) {
            for (int g = 0; g < 4; g++) {
                int rows = 1 + rnd.nextInt(4), cols = 1 + rnd.nextInt(4);
                Precision p = Precision.values()[rnd.nextInt(3)];
                boolean signed = rnd.nextBoolean();
                ArrayUnderTest array = ArrayUnderTest.of(arch, rows, cols, p, signed, pe);
                int m = 1 + rnd.nextInt(11), k = 1 + rnd.nextInt(11), n = 1 + rnd.nextInt(11);
                long[][] a = Operands.matrix(p, signed, m, k, rnd), b = Operands.matrix(p, signed, k, n, rnd);
                try (Interpreter sim = new Interpreter(array.elaborate())) {
                    long cycles = runGemm(sim, array, a, b, rnd);
                    assertEquals(ScaleSim.cycles(arch, m, k, n, rows, cols), cycles, array + " GEMM " + m + "x" + k + "x" + n);
                }
            }
        }
    }

    /**
     * Runs the GEMM fold by fold, checks C against the golden GEMM and the trace's length
     * against the cycle model, and returns the compute cycles measured at the outputs.
     */
    static long runGemm(Simulator sim, ArrayUnderTest array, long[][] a, long[][] b, Random junk) {
        int m = a.length, k = b.length, n = b[0].length;
        List<GemmTiling.Fold> folds = GemmTiling.folds(array.arch(), array.rows(), array.cols(), a, b);
        ArrayRuns.Run run = ArrayRuns.run(sim, array, GemmTiling.tiles(folds), junk);
        assertTrue(run.replay().passed(), array + ": outputs differ from the model\n" + run.replay().describe(10));
        long[][] want = Gemm.multiply(a, b), got = GemmTiling.assemble(folds, run, m, n);
        for (int i = 0; i < m; i++) assertArrayEquals(want[i], got[i], array + " GEMM " + m + "x" + k + "x" + n + ": row " + i + " of C");
        CycleModel model = array.cycleModel();
        assertEquals(model.folds(m, k, n), folds.size(), array + ": folds");
        assertEquals(model.arrayCycles(m, k, n), run.trace().cycles(), array + ": cycles from the first input to the last result");
        long measured = 0;
        for (int f = 0; f < folds.size(); f++) measured += run.measuredFoldCycles(f);
        assertEquals(model.computeCycles(m, k, n), measured, array + ": compute cycles of the cycle model");
        return measured;
    }
}
