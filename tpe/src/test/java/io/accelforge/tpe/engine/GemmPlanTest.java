package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemmPlanTest {
    /** The plan as one line per step: "clear 4", "A 0,0 3 words", "compute 3", "read 0,0 2 words". */
    private static List<String> plan(GemmEngineParams p, int m, int k, int n) {
        List<String> out = new ArrayList<>();
        GemmPlan.walk(p, m, k, n, new GemmPlan.Steps() {
            @Override public void clearC(int words) { out.add("clear " + words); }
            @Override public void writeA(Fold f, int words) { out.add("A " + f.m0() + "," + f.k0() + " " + words + " words"); }
            @Override public void writeB(Fold f, int words) { out.add("B " + f.k0() + "," + f.n0() + " " + words + " words"); }
            @Override public void compute(Fold f, int length) { out.add("compute " + length); }
            @Override public void readC(Fold f, int words) { out.add("read " + f.m0() + "," + f.n0() + " " + words + " words"); }
        });
        return out;
    }

    private static GemmEngineParams engine(Architecture arch, int rows, int cols, int depth) {
        return GemmEngineParams.of(arch, rows, cols, Precision.INT8, true, PeKind.PLAIN).withDepths(depth, depth, depth);
    }

    @Test void outputStationaryWritesEachARegionOncePerRowOfBlocksAndReadsOnlyRowsThatExist() {
        assertEquals(List.of(
                "clear 4", "A 0,0 3 words", "B 0,0 3 words", "compute 3", "read 0,0 4 words",
                "clear 4", "B 0,4 3 words", "compute 3", "read 0,4 4 words",
                "clear 4", "A 4,0 3 words", "B 0,0 3 words", "compute 3", "read 4,0 1 words",
                "clear 4", "B 0,4 3 words", "compute 3", "read 4,4 1 words"), plan(engine(Architecture.SYSTOLIC_OS, 4, 4, 16), 5, 3, 6));
    }

    @Test void aReductionLongerThanTheScratchpadsIsSplitIntoChunksAddedIntoOneClearedBlock() {
        assertEquals(List.of("clear 2", "A 0,0 4 words", "B 0,0 4 words", "compute 4", "A 0,4 4 words", "B 4,0 4 words", "compute 4",
                "A 0,8 2 words", "B 8,0 2 words", "compute 2", "read 0,0 2 words"), plan(engine(Architecture.SYSTOLIC_OS, 2, 2, 4), 2, 10, 2));
    }

    @Test void weightStationaryPreloadsAllRowsOfBAndStreamsEveryRowOfA() {
        assertEquals(List.of("clear 5", "A 0,0 5 words", "B 0,0 4 words", "compute 5", "A 0,4 5 words", "B 4,0 4 words", "compute 5", "read 0,0 5 words"),
                plan(engine(Architecture.SYSTOLIC_WS, 4, 4, 16), 5, 6, 3));
    }

    @Test void inputStationaryPreloadsAllRowsOfTheArrayAndSplitsAStreamLongerThanTheScratchpads() {
        assertEquals(List.of("clear 4", "A 0,0 4 words", "B 0,0 4 words", "compute 4", "read 0,0 4 words",
                "clear 1", "B 0,4 1 words", "compute 1", "read 0,4 1 words"), plan(engine(Architecture.SYSTOLIC_IS, 4, 2, 4), 2, 3, 5));
    }

    @Test void rejectsAnEmptyGemm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan(engine(Architecture.SYSTOLIC_OS, 2, 2, 4), 2, 0, 2));
        assertEquals("GEMM 2x0x2: M, K and N must be at least 1", e.getMessage());
    }
}
