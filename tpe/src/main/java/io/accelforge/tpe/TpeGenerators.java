package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import io.accelforge.tpe.array.CubeArray;
import io.accelforge.tpe.array.CubeParams;
import io.accelforge.tpe.array.Matrix2dArray;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.TreeArray;
import io.accelforge.tpe.array.TreeParams;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        all.addAll(cubeTreeMatrix());
        return all;
    }

    private static List<Generator<?>> cubeTreeMatrix() {
        return List.of(
                new Generator<>("cube", "3D-Cube x*y*z MACs: A along x, B along z, skewed partial-sum chains along K (y); plain or OPT1 PEs",
                        CubeParams.class, new CubeParams(8, 8, 8, Precision.INT8, true, PeKind.PLAIN, 0),
                        List.of(new CubeParams(2, 2, 3, Precision.INT16, true, PeKind.OPT1, 0),
                                new CubeParams(3, 1, 2, Precision.INT4, false, PeKind.PLAIN, 0),
                                new CubeParams(1, 4, 1, Precision.INT8, false, PeKind.OPT1, 24)),
                        CubeArray::new),
                new Generator<>("mac-tree", "multiplier-adder tree: n tiles of k-wide dot products sharing A, pipelined, accumulating K chunks; plain or OPT2",
                        TreeParams.class, new TreeParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 2, 65536, 0),
                        List.of(new TreeParams(4, 3, Precision.INT4, true, PeKind.OPT2, 3, 65536, 0),
                                new TreeParams(3, 2, Precision.INT8, false, PeKind.OPT2, 0, 1024, 0),
                                new TreeParams(1, 2, Precision.INT16, false, PeKind.PLAIN, 1, 65536, 0)),
                        TreeArray::new),
                new Generator<>("matrix-2d", "2D-Matrix rows x cols: broadcast outer products accumulated in place, drained down the columns; plain or OPT1",
                        Matrix2dParams.class, new Matrix2dParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 65536, 0),
                        List.of(new Matrix2dParams(3, 2, Precision.INT16, true, PeKind.OPT1, 65536, 0),
                                new Matrix2dParams(2, 3, Precision.INT4, false, PeKind.OPT1, 16, 0),
                                new Matrix2dParams(1, 1, Precision.INT8, false, PeKind.PLAIN, 1, 0)),
                        Matrix2dArray::new));
    }
}
