package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.SparseDigitCycleModel;
import io.accelforge.tpe.pe.SparseLockstep;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md's verification bar: per PE kind and precision, 200+ random GEMMs in Verilator, exact results, modelled cycles. */
class SparseMatrixVerilatorTest {
    @ParameterizedTest
    @CsvSource({"8, 8, INT8, true, OPT4", "4, 6, INT8, true, OPT3", "4, 4, INT16, true, OPT4", "2, 3, INT16, false, OPT3", "3, 5, INT8, false, OPT4"})
    void multipliesRandomAndExtremeGemmsExactlyInTheModelledCycles(int rows, int cols, Precision precision, boolean signed, PeKind pe) {
        SparseMatrixParams p = SparseMatrixTest.params(rows, cols, precision, signed, pe);
        Random rnd = SparseLockstep.random("SparseMatrix Verilator GEMMs " + p);
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new SparseMatrix(p)))) {
            check(sim, p, SparseGemms.random(36, 98, precision, signed, rnd), SparseGemms.random(98, 47, precision, signed, rnd), "36x98x47");
            for (long v : new long[] {precision.min(signed), precision.max(signed), 0, signed ? -1 : 1, SparseLockstep.densest(precision, signed)}) {
                check(sim, p, filled(13, 21, v), filled(21, 11, v), "13x21x11 all " + v);
            }
            for (int g = 0; g < 200; g++) {
                int m = 1 + rnd.nextInt(20), k = 1 + rnd.nextInt(40), n = 1 + rnd.nextInt(20);
                check(sim, p, SparseGemms.random(m, k, precision, signed, rnd), SparseGemms.random(k, n, precision, signed, rnd), "GEMM " + g + " " + m + "x" + k + "x" + n);
            }
        }
    }

    private static void check(VerilatorSim sim, SparseMatrixParams p, long[][] a, long[][] b, String what) {
        SparseMatrixDriver.Result r = SparseMatrixDriver.gemm(sim, p, a, b);
        SparseGemms.assertProduct(p, a, b, r.c(), what + " on " + p);
        assertEquals(SparseDigitCycleModel.gemmCycles(p, a, b[0].length), r.cycles(), "cycles of " + what + " on " + p);
    }

    private static long[][] filled(int rows, int cols, long v) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) Arrays.fill(row, v);
        return m;
    }
}
