package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import io.accelforge.tpe.array.IsArray;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.array.StationaryArrayParams;
import io.accelforge.tpe.array.WsArray;
import io.accelforge.tpe.pe.OsPe;
import io.accelforge.tpe.pe.PeParams;
import io.accelforge.tpe.pe.StationaryPe;
import io.accelforge.tpe.array.SparseGenerators;
import io.accelforge.tpe.engine.EngineGenerators;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        all.addAll(systolic());
        all.addAll(SparseGenerators.all());
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
}
