package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SparseLockstep;
import java.util.Random;

/** Random GEMM operands and the golden check of a result. */
final class SparseGemms {
    private SparseGemms() {}

    /** rows x cols operands, extreme values mixed in ({@link SparseLockstep#operand}). */
    static long[][] random(int rows, int cols, Precision p, boolean signed, Random rnd) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) for (int j = 0; j < cols; j++) row[j] = SparseLockstep.operand(p, signed, rnd);
        return m;
    }

    /** {@code got} is A x B wrapped to the array's accumulator. */
    static void assertProduct(SparseMatrixParams p, long[][] a, long[][] b, long[][] got, String what) {
        long[][] want = Gemm.multiply(a, b);
        for (int i = 0; i < want.length; i++) {
            for (int j = 0; j < want[0].length; j++) {
                assertEquals(Gemm.wrap(want[i][j], p.acc(), p.signed()), got[i][j], "C[" + i + "][" + j + "] of " + what);
            }
        }
    }
}
