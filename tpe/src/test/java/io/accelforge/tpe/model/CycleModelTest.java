package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.Architecture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleModelTest {
    private static final List<Architecture> SYSTOLIC = List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS);

    @Test void computeCyclesEqualScaleSimOnASweepOfShapesAndArrays() {
        for (Architecture arch : SYSTOLIC) {
            for (int rows : new int[] {1, 2, 5, 16}) {
                for (int cols : new int[] {1, 3, 16}) {
                    CycleModel model = CycleModel.of(arch, rows, cols);
                    for (int m = 1; m <= 40; m += 13) for (int k = 1; k <= 40; k += 7) for (int n = 1; n <= 40; n += 11) {
                        assertEquals(ScaleSim.cycles(arch, m, k, n, rows, cols), model.computeCycles(m, k, n),
                                arch + " " + rows + "x" + cols + " GEMM " + m + "x" + k + "x" + n);
                    }
                }
            }
        }
    }

    @Test void outputStationaryAddsRDrainCyclesPerFold() {
        OsCycleModel os = new OsCycleModel(16, 16);
        assertEquals(9, os.folds(36, 98, 47));
        assertEquals(128, os.foldCycles(36, 98, 47));
        assertEquals(9 * (128 + 16), os.arrayCycles(36, 98, 47));
    }

    @Test void stationaryArraysAddOneCycleForTheLastResult() {
        assertEquals(1722 + 1, new WsCycleModel(16, 16).arrayCycles(36, 98, 47));
        assertEquals(1953 + 1, new IsCycleModel(16, 16).arrayCycles(36, 98, 47));
        assertEquals(21, new IsCycleModel(16, 16).folds(36, 98, 47), "ceil(98/16) x ceil(36/16)");
    }

    @Test void eachSystolicArchitectureHasItsModel() {
        for (Architecture arch : SYSTOLIC) assertEquals(arch, CycleModel.of(arch, 4, 4).architecture());
    }
}
