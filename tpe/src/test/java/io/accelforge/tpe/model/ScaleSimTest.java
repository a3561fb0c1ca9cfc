package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.tpe.Architecture;
import org.junit.jupiter.api.Test;

class ScaleSimTest {
    @Test void documentedExample36x98x47On16x16() {
        assertEquals(1152, ScaleSim.outputStationary(36, 98, 47, 16, 16), "9 folds x (98 + 30)");
        assertEquals(1722, ScaleSim.weightStationary(36, 98, 47, 16, 16), "21 folds x (32 + 16 + 34)");
        assertEquals(1953, ScaleSim.inputStationary(36, 98, 47, 16, 16), "21 folds x (32 + 16 + 45)");
    }

    @Test void oneFoldOnAOneByOneArrayIsTheReductionOrTheStreamPlusTheFill() {
        assertEquals(5, ScaleSim.outputStationary(1, 5, 1, 1, 1), "K");
        assertEquals(3 + 1, ScaleSim.weightStationary(3, 1, 1, 1, 1), "2R + C + M - 2 = M + 1");
        assertEquals(7 + 1, ScaleSim.inputStationary(1, 1, 7, 1, 1), "N + 1");
    }

    @Test void foldsAreCountedWithCeilingDivision() {
        assertEquals(2 * 3 * (10 + 4 + 3 - 2), ScaleSim.outputStationary(5, 10, 7, 4, 3));
        assertEquals(3 * 3 * (8 + 3 + 5 - 2), ScaleSim.weightStationary(5, 10, 7, 4, 3));
        assertEquals(3 * 2 * (8 + 3 + 7 - 2), ScaleSim.inputStationary(5, 10, 7, 4, 3));
        assertEquals(ScaleSim.weightStationary(5, 10, 7, 4, 3), ScaleSim.cycles(Architecture.SYSTOLIC_WS, 5, 10, 7, 4, 3));
    }

    @Test void nonSystolicArchitecturesAndEmptyShapesAreRejected() {
        assertEquals("SCALE-Sim models systolic arrays only, not CUBE",
                assertThrows(IllegalArgumentException.class, () -> ScaleSim.cycles(Architecture.CUBE, 1, 1, 1, 1, 1)).getMessage());
        assertEquals("GEMM 0x1x1: M, K and N must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> ScaleSim.outputStationary(0, 1, 1, 4, 4)).getMessage());
    }
}
