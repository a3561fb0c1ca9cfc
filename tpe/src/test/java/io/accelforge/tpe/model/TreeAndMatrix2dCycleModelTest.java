package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.TreeParams;
import org.junit.jupiter.api.Test;

class TreeAndMatrix2dCycleModelTest {
    @Test void treeStreamsOneChunkPerCycleWhateverThePeKind() {
        for (PeKind kind : TreeParams.KINDS) {
            TreeCycleModel m = new TreeCycleModel(new TreeParams(16, 16, Precision.INT8, true, kind, 2, 65536, 0));
            // 36x98x47 on K=16 x N=16: 36 rows x ceil(47/16)=3 column blocks x ceil(98/16)=7 chunks, then 2 stages + the accumulator
            assertEquals(36 * 3 * 7 + 3, m.gemmCycles(36, 98, 47), kind.name());
            assertEquals(2 + 3, m.tileCycles(32), kind.name());
        }
    }

    @Test void matrixTakesKPlusRowsCyclesPerTile() {
        Matrix2dCycleModel m = new Matrix2dCycleModel(new Matrix2dParams(16, 16, Precision.INT8, true, PeKind.OPT1, 65536, 0));
        // 36x98x47 on 16x16: ceil(36/16)=3 x ceil(47/16)=3 tiles of 98 + 16 cycles
        assertEquals(9 * (98 + 16), m.gemmCycles(36, 98, 47));
        assertEquals(10 + 16, m.tileCycles(10));
    }
}
