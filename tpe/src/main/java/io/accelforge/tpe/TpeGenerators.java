package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import io.accelforge.tpe.array.CubeArray;
import io.accelforge.tpe.array.CubeParams;
import io.accelforge.tpe.array.IsArray;
import io.accelforge.tpe.array.Matrix2dArray;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.array.SparseGenerators;
import io.accelforge.tpe.array.StationaryArrayParams;
import io.accelforge.tpe.array.TreeArray;
import io.accelforge.tpe.array.TreeParams;
import io.accelforge.tpe.array.WsArray;
import io.accelforge.tpe.engine.EngineGenerators;
import io.accelforge.tpe.pe.OsPe;
import io.accelforge.tpe.pe.PeParams;
import io.accelforge.tpe.pe.StationaryPe;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        all.addAll(systolic());
        all.addAll(SparseGenerators.all());
        all.addAll(cubeTreeMatrix());
        all.addAll(EngineGenerators.all());
        return all;
    }

    private static List<Generator<?>> systolic() {
        return List.of(
                new Generator<>("pe-os", "output-stationary PE: plain MAC or OPT1 carry-save accumulator, drain chain, operands passed on",
                        PeParams.class, new PeParams(Precision.INT8, true, PeKind.PLAIN, 32),
                        List.of(new PeParams(Precision.INT8, true, PeKind.OPT1, 32), new PeParams(Precision.INT4, false, PeKind.OPT1, 8),
                                new PeParams(Precision.INT16, false, PeKind.PLAIN, 40)),
                        OsPe::new),
                new Generator<>("pe-stationary", "weight-/input-stationary PE: stationary operand shift chain, partial sum in (OPT1: carry-save) and out",
                        PeParams.class, new PeParams(Precision.INT8, true, PeKind.PLAIN, 20),
                        List.of(new PeParams(Precision.INT8, true, PeKind.OPT1, 20), new PeParams(Precision.INT4, false, PeKind.OPT1, 10),
                                new PeParams(Precision.INT16, true, PeKind.PLAIN, 34)),
                        StationaryPe::new),
                new Generator<>("systolic-os", "systolic output-stationary array: skewed A and B in, accumulators drain down the columns",
                        OsArrayParams.class, new OsArrayParams(16, 16),
                        List.of(new OsArrayParams(2, 3, Precision.INT16, false, PeKind.OPT1, 0, 65536),
                                new OsArrayParams(4, 4, Precision.INT4, true, PeKind.OPT1, 0, 65536),
                                new OsArrayParams(1, 1, Precision.INT8, false, PeKind.PLAIN, 16, 1)),
                        OsArray::new),
                new Generator<>("systolic-ws", "systolic weight-stationary array: B preloaded, skewed A streams, partial sums flow down",
                        StationaryArrayParams.class, new StationaryArrayParams(16, 16),
                        List.of(new StationaryArrayParams(2, 3, Precision.INT16, false, PeKind.OPT1, 0),
                                new StationaryArrayParams(4, 4, Precision.INT4, true, PeKind.OPT1, 0),
                                new StationaryArrayParams(1, 1, Precision.INT8, true, PeKind.PLAIN, 0)),
                        WsArray::new),
                new Generator<>("systolic-is", "systolic input-stationary array: A preloaded, skewed B streams, partial sums flow down",
                        StationaryArrayParams.class, new StationaryArrayParams(16, 16),
                        List.of(new StationaryArrayParams(2, 3, Precision.INT16, false, PeKind.OPT1, 0),
                                new StationaryArrayParams(4, 4, Precision.INT4, true, PeKind.OPT1, 0),
                                new StationaryArrayParams(3, 2, Precision.INT8, false, PeKind.PLAIN, 24)),
                        IsArray::new));
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
