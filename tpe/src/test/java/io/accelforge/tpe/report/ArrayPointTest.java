package io.accelforge.tpe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.TpeGenerators;
import io.accelforge.tpe.array.CubeParams;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.TreeParams;
import io.accelforge.tpe.model.CubeCycleModel;
import io.accelforge.tpe.model.Matrix2dCycleModel;
import io.accelforge.tpe.model.OsCycleModel;
import io.accelforge.tpe.model.TreeCycleModel;
import io.accelforge.tpe.model.WsCycleModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayPointTest {
    private static final long K = 1_000_000;

    /** MACs of a GEMM over the cycles its model gives, for a reduction long enough that fill and drain vanish. */
    private static void assertPeak(ArrayPoint p, long macs, long cycles) {
        double perCycle = (double) macs / cycles;
        assertEquals(p.macsPerCycle(), perCycle, p.macsPerCycle() * 1e-3, p.label() + ": " + macs + " MACs in " + cycles + " cycles");
    }

    @Test void macsPerCycleIsWhatTheCycleModelsReachOnALongReduction() {
        ArrayPoint os = new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(4, 3), Precision.INT8, PeKind.PLAIN);
        assertPeak(os, 4 * K * 3, new OsCycleModel(4, 3).computeCycles(4, K, 3));
        ArrayPoint ws = new ArrayPoint(Architecture.SYSTOLIC_WS, List.of(4, 3), Precision.INT8, PeKind.OPT1);
        assertPeak(ws, K * 4 * 3, new WsCycleModel(4, 3).computeCycles(K, 4, 3));
        ArrayPoint cube = new ArrayPoint(Architecture.CUBE, List.of(2, 3, 4), Precision.INT8, PeKind.OPT1);
        assertPeak(cube, 4 * (3 * K) * 2, new CubeCycleModel((CubeParams) cube.params()).gemmCycles(4, 3 * K, 2));
        ArrayPoint tree = new ArrayPoint(Architecture.TREE, List.of(4, 2), Precision.INT8, PeKind.OPT2);
        assertPeak(tree, K * 4 * 2, new TreeCycleModel((TreeParams) tree.params()).gemmCycles(K, 4, 2));
        ArrayPoint m2d = new ArrayPoint(Architecture.MATRIX_2D, List.of(3, 5), Precision.INT8, PeKind.PLAIN);
        assertPeak(m2d, 3 * K * 5, new Matrix2dCycleModel((Matrix2dParams) m2d.params()).gemmCycles(3, K, 5));
    }

    @Test void aPeKindTheArchitectureDoesNotTakeIsRejectedNamingTheOnesItDoes() {
        ParamException e = assertThrows(ParamException.class, () -> new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(4, 4), Precision.INT8, PeKind.OPT2));
        assertEquals("PE 'opt2' does not apply to systolic-os; it takes plain, opt1", e.getMessage());
        ParamException t = assertThrows(ParamException.class, () -> new ArrayPoint(Architecture.TREE, List.of(4, 4), Precision.INT8, PeKind.OPT1));
        assertTrue(t.getMessage().contains("plain, opt2"), t.getMessage());
    }

    @Test void theCubeTakesThreeDimensionsAndTheOthersTwo() {
        assertThrows(ParamException.class, () -> new ArrayPoint(Architecture.CUBE, List.of(4, 4), Precision.INT8, PeKind.PLAIN));
        assertThrows(ParamException.class, () -> new ArrayPoint(Architecture.MATRIX_2D, List.of(4, 4, 4), Precision.INT8, PeKind.PLAIN));
    }

    @Test void aShapeOutOfTheGeneratorsRangeIsRejectedByItsParameters() {
        ParamException e = assertThrows(ParamException.class, () -> new ArrayPoint(Architecture.CUBE, List.of(64, 2, 2), Precision.INT8, PeKind.PLAIN));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test void bothTreeKindsGetTheSamePipelineRegisters() {
        for (int k : new int[] {2, 4, 16}) {
            for (Precision p : Precision.values()) {
                TreeParams plain = (TreeParams) new ArrayPoint(Architecture.TREE, List.of(k, 2), p, PeKind.PLAIN).params();
                TreeParams opt2 = (TreeParams) new ArrayPoint(Architecture.TREE, List.of(k, 2), p, PeKind.OPT2).params();
                assertEquals(plain.stages(), opt2.stages(), "k=" + k + " " + p);
                assertEquals(plain.latency(), opt2.latency(), "k=" + k + " " + p);
            }
        }
        assertEquals(2, ArrayPoint.treeStages(16, Precision.INT8), "the matched 16x16 INT8 tree");
    }

    @Test void eachArchitectureIsNamedForItsRegisteredGeneratorAndBuildsItsParameters() {
        for (Architecture a : ArrayPoint.ARCHITECTURES) {
            List<Integer> dims = a == Architecture.CUBE ? List.of(2, 2, 2) : List.of(2, 2);
            ArrayPoint p = new ArrayPoint(a, dims, Precision.INT4, PeKind.PLAIN);
            Generator<?> g = new TpeGenerators().generators().stream().filter(x -> x.name().equals(ArrayPoint.name(a))).findFirst().orElseThrow();
            assertEquals(g.paramsType(), p.params().getClass(), ArrayPoint.name(a));
            assertEquals(a, ArrayPoint.byName(ArrayPoint.name(a)));
        }
        assertEquals("mac-tree 16x16 int8 opt2", new ArrayPoint(Architecture.TREE, List.of(16, 16), Precision.INT8, PeKind.OPT2).label());
    }
}
