package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;

/** The GEMM engine generator: any architecture with an {@link EngineAdapter}. */
public final class EngineGenerators {
    private EngineGenerators() {}

    public static List<Generator<?>> all() {
        return List.of(new Generator<>("gemm-engine",
                "GEMM engine: an array with A/B/C scratchpads, skew/deskew, control and the engine command interface (FPGA-shell ready)",
                GemmEngineParams.class, GemmEngineParams.of(Architecture.SYSTOLIC_OS, 16, 16, Precision.INT8, true, PeKind.PLAIN),
                List.of(new GemmEngineParams(Architecture.SYSTOLIC_OS, 4, 4, Precision.INT8, true, PeKind.OPT1, 0, 65536, 16, 16, 4),
                        new GemmEngineParams(Architecture.SYSTOLIC_WS, 2, 3, Precision.INT16, false, PeKind.OPT1, 0, 1024, 8, 2, 8),
                        new GemmEngineParams(Architecture.SYSTOLIC_IS, 3, 2, Precision.INT4, true, PeKind.PLAIN, 12, 65536, 4, 8, 8),
                        new GemmEngineParams(Architecture.MATRIX_2D, 2, 3, Precision.INT8, false, PeKind.OPT4, 0, 4096, 8, 8, 2)),
                GemmEngine::new));
    }
}
