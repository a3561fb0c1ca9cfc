package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.SparseDigitCycleModel;
import io.accelforge.tpe.pe.SparseDigitModel;
import io.accelforge.tpe.pe.SparseLockstep;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseMatrixTest {
    static Interpreter matrix(SparseMatrixParams p) { return new Interpreter(Elaborator.elaborate(() -> new SparseMatrix(p))); }

    static SparseMatrixParams params(int rows, int cols, Precision precision, boolean signed, PeKind pe) {
        return new SparseMatrixParams(rows, cols, precision, signed, pe, 0, 65536);
    }

    @ParameterizedTest
    @CsvSource({"3, 4, INT8, true, OPT4", "2, 3, INT8, false, OPT3", "2, 2, INT16, true, OPT4", "1, 2, INT16, false, OPT4"})
    void matchesTheCycleExactModelUnderRandomHandshakes(int rows, int cols, Precision precision, boolean signed, PeKind pe) {
        SparseMatrixParams p = params(rows, cols, precision, signed, pe);
        Random rnd = SparseLockstep.random("SparseMatrix " + p);
        try (Interpreter sim = matrix(p)) {
            SparseLockstep.matrix(rows, cols).run(sim, new SparseDigitModel(rows, cols, precision, signed, p.acc()), precision, signed, rnd,
                    2000, 0.7, 0.06, p.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 4, INT8, true, OPT4", "4, 2, INT8, false, OPT3", "2, 3, INT16, true, OPT4"})
    void tileGivesTheModelsOutputsInTheModelsCycles(int rows, int cols, Precision precision, boolean signed, PeKind pe) {
        SparseMatrixParams p = params(rows, cols, precision, signed, pe);
        Random rnd = SparseLockstep.random("SparseMatrix tile " + p);
        try (Interpreter sim = matrix(p)) {
            for (int trial = 0; trial < 6; trial++) {
                long[][] a = SparseGemms.random(rows, 1 + rnd.nextInt(24), precision, signed, rnd);
                long[][] b = SparseGemms.random(a[0].length, cols, precision, signed, rnd);
                SparseMatrixModel.Run want = new SparseMatrixModel(p).run(a, b);
                SparseMatrixModel.Run got = SparseMatrixDriver.tile(sim, p, a, b);
                String what = p + " trial " + trial + " K=" + b.length;
                assertEquals(want.cycles(), got.cycles(), "tile cycles of " + what);
                assertEquals(SparseDigitCycleModel.tileCycles(p, a, b.length), got.cycles(), "cycle model of " + what);
                for (int i = 0; i < rows; i++) {
                    assertEquals(want.outputs().get(i).cycle(), got.outputs().get(i).cycle(), "cycle of output " + i + " of " + what);
                    assertEquals(want.outputs().get(i).row(), got.outputs().get(i).row(), "row of output " + i + " of " + what);
                    assertArrayEquals(want.outputs().get(i).values(), got.outputs().get(i).values(), "values of output " + i + " of " + what);
                }
                SparseGemms.assertProduct(p, a, b, got.c(), what);
            }
        }
    }

    @Test void multipliesRaggedGemmsTileByTileInTheModelledCycles() {
        SparseMatrixParams p = params(3, 4, Precision.INT8, true, PeKind.OPT4);
        Random rnd = SparseLockstep.random("SparseMatrix ragged GEMMs");
        try (Interpreter sim = matrix(p)) {
            for (int[] mkn : new int[][] {{5, 7, 6}, {1, 1, 1}, {3, 9, 4}, {7, 2, 9}}) {
                long[][] a = SparseGemms.random(mkn[0], mkn[1], p.precision(), p.signed(), rnd);
                long[][] b = SparseGemms.random(mkn[1], mkn[2], p.precision(), p.signed(), rnd);
                SparseMatrixDriver.Result r = SparseMatrixDriver.gemm(sim, p, a, b);
                String what = mkn[0] + "x" + mkn[1] + "x" + mkn[2];
                SparseGemms.assertProduct(p, a, b, r.c(), what);
                assertEquals(SparseDigitCycleModel.gemmCycles(p, a, mkn[2]), r.cycles(), "cycles of " + what);
            }
        }
    }

    @Test void theDensestSharedOperandSetsTheStepTime() {
        SparseMatrixParams p = params(3, 2, Precision.INT8, true, PeKind.OPT4);
        long[][] a = {{-1, 0}, {85, 0}, {0, 0}};   // step 0: 1, 4 and 0 non-zero digits; step 1: none
        long[][] b = {{1, 2}, {3, 4}};
        try (Interpreter sim = matrix(p)) {
            assertEquals(4 + 1 + 3 + 1, SparseMatrixDriver.tile(sim, p, a, b).cycles(), "steps of 4 and 1 cycles, 3 drain rows, 1 for the drain handshake");
        }
    }

    @Test void costsTheSameWhateverTheOtherOperand() {
        SparseMatrixParams p = params(2, 2, Precision.INT8, true, PeKind.OPT4);
        long[][] a = {{85, 3, -7}, {1, 0, 64}};
        try (Interpreter sim = matrix(p)) {
            long zeros = SparseMatrixDriver.tile(sim, p, a, new long[3][2]).cycles();
            long dense = SparseMatrixDriver.tile(sim, p, a, new long[][] {{85, 85}, {-128, 127}, {85, -1}}).cycles();
            assertEquals(zeros, dense, "only A is encoded: B's digits cost nothing");
            assertTrue(zeros < SparseDigitCycleModel.denseGemmCycles(p, 2, 3, 2), "skipping zero digits beats D cycles per step");
        }
    }

    @Test void rejectsAPeKindThatDoesNotApply() {
        ParamException e = assertThrows(ParamException.class, () -> params(2, 2, Precision.INT8, true, PeKind.OPT1));
        assertEquals("parameter 'pe' = opt1 does not apply to the sparse-matrix array; it is built of opt4 (one encoder per row) or opt3 (one encoder per PE)",
                e.getMessage());
    }
}
