package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.pe.SparseDigits;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineCycleModelTest {
    private static final List<Architecture> SYSTOLIC = List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS);

    private static GemmEngineParams engine(Architecture arch, int rows, int cols) {
        return GemmEngineParams.of(arch, rows, cols, Precision.INT8, true, PeKind.PLAIN);
    }

    @Test void arrayComputeCyclesEqualScaleSimWhenTheStreamFitsTheScratchpads() {
        for (Architecture arch : SYSTOLIC) {
            for (int rows : new int[] {1, 3, 8, 16}) {
                for (int cols : new int[] {1, 4, 16}) {
                    GemmEngineParams p = engine(arch, rows, cols);
                    for (int m = 1; m <= 100; m += 33) for (int k = 1; k <= 256; k += 51) for (int n = 1; n <= 100; n += 19) {
                        assertEquals(ScaleSim.cycles(arch, m, k, n, rows, cols), EngineCycleModel.gemm(p, m, k, n).fold(), p + " GEMM " + m + "x" + k + "x" + n);
                    }
                }
            }
        }
    }

    @Test void the36x98x47ExampleOn16x16EnginesTermByTerm() {
        assertEquals(new EngineCycles(9, 1152, 9 * 16, 9 * 3, 3 * 98 + 9 * 98, 9 * 17, 3 * 36),
                EngineCycleModel.gemm(engine(Architecture.SYSTOLIC_OS, 16, 16), 36, 98, 47),
                "OS: 9 folds; A written once per row of blocks, B per block; C cleared 16 words per block; 36 rows read per column of blocks");
        assertEquals(new EngineCycles(21, 1722, 21, 21 * 3, 21 * 36 + 21 * 16, 3 * 37, 3 * 36),
                EngineCycleModel.gemm(engine(Architecture.SYSTOLIC_WS, 16, 16), 36, 98, 47),
                "WS: 21 folds, each streaming 36 rows of A and preloading 16 rows of B; C of 36 words per column block");
        assertEquals(new EngineCycles(21, 1953, 21, 21 * 3, 21 * 16 + 21 * 47, 3 * 48, 3 * 47),
                EngineCycleModel.gemm(engine(Architecture.SYSTOLIC_IS, 16, 16), 36, 98, 47),
                "IS: 21 folds, each preloading 16 columns of A and streaming 47 columns of B; C of 47 words per row block");
        assertEquals(2760, EngineCycleModel.gemm(engine(Architecture.SYSTOLIC_OS, 16, 16), 36, 98, 47).total());
    }

    @Test void aComputeCostsTheFoldPlusTheDrainPlusThreeCyclesOfControl() {
        GemmEngineParams os = engine(Architecture.SYSTOLIC_OS, 4, 3);
        assertEquals(new EngineCycles(1, 10 + 4 + 3 - 2, 4, 3, 20, 5, 2), EngineCycleModel.gemm(os, 2, 10, 3));
        GemmEngineParams ws = engine(Architecture.SYSTOLIC_WS, 4, 3);
        assertEquals(new EngineCycles(1, 8 + 3 + 6 - 2, 1, 3, 6 + 4, 7, 6), EngineCycleModel.gemm(ws, 6, 2, 3));
        GemmEngineParams is = engine(Architecture.SYSTOLIC_IS, 4, 3);
        assertEquals(new EngineCycles(1, 8 + 3 + 5 - 2, 1, 3, 4 + 5, 6, 5), EngineCycleModel.gemm(is, 3, 4, 5));
    }

    @Test void aStreamLongerThanTheScratchpadsAddsFoldsBeyondScaleSimsCount() {
        GemmEngineParams ws = engine(Architecture.SYSTOLIC_WS, 4, 4).withDepths(8, 4, 8);
        EngineCycles c = EngineCycleModel.gemm(ws, 20, 4, 4);
        assertEquals(3, c.folds(), "M = 20 streams as 8 + 8 + 4 rows");
        assertEquals(3 * (8 + 4 - 2) + 20, c.fold());
        assertEquals(ScaleSim.weightStationary(20, 4, 4, 4, 4) + 2 * (8 + 4 - 2), c.fold(), "two more preloads and fills than one fold of 20 rows");
    }

    /** A 2 x 3 A on a 2 x 3 sparse engine: K steps of 1 (all zero), 4 (85 = 1111 in Booth digits) and 2 (127 = 2 0 0 -1) cycles. */
    static final long[][] SPARSE_A = {{0, 85, -1}, {0, 1, 127}};

    @Test void aSparseKStepCostsTheMostNonZeroBoothDigitsAmongItsAOperandsAtLeastOne() {
        assertEquals(List.of(0, 4, 1, 1, 2), List.of(0L, 85L, -1L, 1L, 127L).stream().map(a -> SparseDigits.count(a, Precision.INT8, true)).toList(),
                "the digit counts the example relies on");
        GemmEngineParams p = GemmEngineParams.of(Architecture.MATRIX_2D, 2, 3, Precision.INT8, true, PeKind.OPT4);
        long[][] b = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        assertEquals(new EngineCycles(1, 1 + 4 + 2, 2 + 1, 3, 3 + 3, 2 + 1, 2), EngineCycleModel.gemm(p, SPARSE_A, b),
                "steps 1 + 4 + 2; the drain request and 2 rows out; A and B 3 words each; C cleared 2 words; 2 rows read");
        long[][] dense = {{-128, -128, -128}, {-128, -128, -128}, {-128, -128, -128}};
        assertEquals(EngineCycleModel.gemm(p, SPARSE_A, b).total(), EngineCycleModel.gemm(p, SPARSE_A, dense).total(), "B's digits never matter");
    }

    @Test void aSparseEngineCannotBePricedFromShapesAlone() {
        GemmEngineParams p = GemmEngineParams.of(Architecture.MATRIX_2D, 2, 3, Precision.INT8, true, PeKind.OPT3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineCycleModel.gemm(p, 2, 3, 3));
        assertEquals("the " + p.tag() + " engine's cycles depend on A: give the operands", e.getMessage());
    }
}
