package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.model.EngineCycleModel;
import io.accelforge.tpe.model.EngineCycles;

/** One GEMM through the driver, checked element by element against the golden GEMM and cycle for cycle against the model. */
final class GemmCheck {
    private GemmCheck() {}

    /** Runs C = A x B; fails naming the shape, the first wrong element (expected, actual) or the cycle terms. */
    static GemmDriver.Result run(GemmDriver driver, GemmEngineParams p, long[][] a, long[][] b, String label) {
        int m = a.length, k = b.length, n = b[0].length;
        GemmDriver.Result r = driver.multiply(a, b);
        long[][] golden = Gemm.multiply(a, b);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long want = Gemm.wrap(golden[i][j], p.acc(), p.signed());
                if (r.c()[i][j] != want) {
                    fail(label + ": " + p + ", GEMM " + m + "x" + k + "x" + n + ": C[" + i + "][" + j + "] expected " + want + " (golden), actual "
                            + r.c()[i][j]);
                }
            }
        }
        EngineCycles model = EngineCycleModel.gemm(p, a, b);
        assertEquals(model.total(), r.cycles(), () -> label + ": " + p + ", GEMM " + m + "x" + k + "x" + n + ": cycles, model (expected) " + model
                + ", engine's counter (actual) " + r.cycles());
        return r;
    }
}
