package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.array.CubeParams;
import org.junit.jupiter.api.Test;

class CubeCycleModelTest {
    private static CubeParams cube(PeKind k) { return new CubeParams(8, 8, 8, Precision.INT8, true, k, 0); }

    @Test void streamsOneSlicePerCycleAndFillsThePipelineOnce() {
        // 36x98x47 on 8x8x8: ceil(36/8)=5 row blocks, ceil(47/8)=6 column blocks, ceil(98/8)=13 K chunks
        assertEquals(5 * 6 * 13 + 8, new CubeCycleModel(cube(PeKind.PLAIN)).gemmCycles(36, 98, 47));
        assertEquals(5 * 6 * 13 + 9, new CubeCycleModel(cube(PeKind.OPT1)).gemmCycles(36, 98, 47));
    }

    @Test void aTileIsItsKChunksPlusTheLatency() {
        assertEquals(4 + 8, new CubeCycleModel(cube(PeKind.PLAIN)).tileCycles(32));
        assertEquals(1 + 9, new CubeCycleModel(cube(PeKind.OPT1)).tileCycles(1));
    }
}
