package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.Matrix2dCycleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2D-Matrix with 16 rows in Verilator: GEMMs against Gemm.multiply and the cycle model,
 * every cycle against the model. The plain arrays are the full 16x16; the OPT1 one has 2
 * columns (columns are copies, and a 16x16 OPT1 array is five minutes of C++ compilation).
 */
class Matrix2dArrayVerilatorTest {
    static Stream<Matrix2dParams> fullSize() {
        return Stream.of(new Matrix2dParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 65536, 0),
                new Matrix2dParams(16, 2, Precision.INT8, true, PeKind.OPT1, 65536, 0),
                new Matrix2dParams(16, 16, Precision.INT16, false, PeKind.PLAIN, 65536, 0));
    }

    @ParameterizedTest
    @MethodSource("fullSize")
    void multipliesRandomAndExtremeGemmsAndTakesTheModelledCycles(Matrix2dParams p) {
        Random rnd = OperandMatrices.random("matrix-2d verilator " + p);
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed());
        List<long[][][]> gemms = new ArrayList<>();
        gemms.add(new long[][][] {OperandMatrices.random(rnd, p.precision(), p.signed(), 36, 98), OperandMatrices.random(rnd, p.precision(), p.signed(), 98, 47)});
        gemms.add(new long[][][] {OperandMatrices.filled(16, 300, lo), OperandMatrices.filled(300, 16, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(17, 9, hi), OperandMatrices.filled(9, 17, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(16, 16, OperandMatrices.allOnes(p.precision(), p.signed())), OperandMatrices.filled(16, 16, hi)});
        gemms.add(new long[][][] {OperandMatrices.filled(3, 5, 0), OperandMatrices.random(rnd, p.precision(), p.signed(), 5, 11)});
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new Matrix2dArray(p)))) {
            Matrix2dModel model = new Matrix2dModel(p);   // one model for the run: the array keeps its state from GEMM to GEMM
            for (long[][][] g : gemms) {
                long[][] a = g[0], b = g[1];
                ArrayGemmPlan<Matrix2dModel.In> plan = Matrix2dModel.plan(p, a, b);
                String what = p + " GEMM " + a.length + "x" + b.length + "x" + b[0].length;
                Lockstep.Trace t = Lockstep.run(sim, model, new Matrix2dPorts(p), plan.inputs(), plan.cycles() + 1, what);
                assertArrayEquals(Gemm.multiply(a, b), plan.assemble(t::value), "C of " + what);
                assertEquals(new Matrix2dCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model, " + what);
            }
        }
    }
}
