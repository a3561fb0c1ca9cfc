package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseColumnTest {
    private static Interpreter column(SparseColumnParams p) { return new Interpreter(Elaborator.elaborate(() -> new SparseColumn(p))); }

    @ParameterizedTest
    @CsvSource({"4, INT8, true", "3, INT8, false", "2, INT16, true", "3, INT16, false", "1, INT4, true"})
    void matchesTheCycleExactModelUnderRandomHandshakes(int n, Precision precision, boolean signed) {
        SparseColumnParams p = new SparseColumnParams(n, precision, signed, 0);
        Random rnd = SparseLockstep.random("SparseColumn " + p);
        try (Interpreter sim = column(p)) {
            SparseLockstep.column(n).run(sim, SparseDigitModel.of(p), precision, signed, rnd, 2000, 0.7, 0.08, p.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"5, INT8, true", "4, INT16, false"})
    void everyPeAccumulatesTheSharedOperandTimesItsOwn(int n, Precision precision, boolean signed) {
        SparseColumnParams p = new SparseColumnParams(n, precision, signed, 0);
        Random rnd = SparseLockstep.random("SparseColumn dot products " + p);
        int k = 40;
        long[][] a = new long[1][k], b = new long[k][n];
        for (int i = 0; i < k; i++) {
            a[0][i] = SparseLockstep.operand(precision, signed, rnd);
            for (int j = 0; j < n; j++) b[i][j] = SparseLockstep.operand(precision, signed, rnd);
        }
        long[] want = Gemm.multiply(a, b)[0];
        try (Interpreter sim = column(p)) {
            sim.poke("drain", 0);
            sim.poke("inValid", 1);
            long cycles = 0;
            for (int i = 0; i < k; i++) {
                sim.poke("a", a[0][i]);
                for (int j = 0; j < n; j++) sim.poke("b_" + j, b[i][j]);
                while (sim.peek("inReady") == 0) sim.step();
                sim.step();
                cycles += SparseDigits.cycles(a[0][i], precision, signed);
            }
            sim.poke("inValid", 0);
            sim.poke("drain", 1);
            while (sim.peek("drainReady") == 0) sim.step();
            assertEquals(cycles, sim.cycle(), "cycle the drain is taken: the sum over a of max(1, non-zero digits)");
            sim.step();
            for (int j = 0; j < n; j++) assertEquals(Gemm.wrap(want[j], p.pe().acc(), signed), sim.peek("acc_" + j), "acc_" + j);
        }
    }
}
