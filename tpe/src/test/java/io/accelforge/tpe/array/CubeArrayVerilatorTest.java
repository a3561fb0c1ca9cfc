package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.CubeCycleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 8x8x8 cube in Verilator: GEMMs against Gemm.multiply and the cycle model, every cycle
 * against the model. Plain PEs at the full size and three precisions; OPT1 with the full chain
 * along K (y = 8) but 2 x 2 chains (its carry-save trees make the 8x8x8 model five minutes of
 * C++ compilation; the chains are copies).
 */
class CubeArrayVerilatorTest {
    static Stream<CubeParams> fullSize() {
        return Stream.of(new CubeParams(8, 8, 8, Precision.INT8, true, PeKind.PLAIN, 0),
                new CubeParams(2, 8, 2, Precision.INT8, true, PeKind.OPT1, 0),
                new CubeParams(8, 8, 8, Precision.INT16, false, PeKind.PLAIN, 0),
                new CubeParams(8, 8, 8, Precision.INT4, false, PeKind.PLAIN, 0));
    }

    @ParameterizedTest
    @MethodSource("fullSize")
    void multipliesRandomAndExtremeGemmsAndTakesTheModelledCycles(CubeParams p) {
        Random rnd = OperandMatrices.random("cube verilator " + p);
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed());
        List<long[][][]> gemms = new ArrayList<>();
        gemms.add(new long[][][] {OperandMatrices.random(rnd, p.precision(), p.signed(), 36, 98), OperandMatrices.random(rnd, p.precision(), p.signed(), 98, 47)});
        gemms.add(new long[][][] {OperandMatrices.filled(8, 64, lo), OperandMatrices.filled(64, 8, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(9, 17, hi), OperandMatrices.filled(17, 7, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(8, 8, OperandMatrices.allOnes(p.precision(), p.signed())), OperandMatrices.filled(8, 8, hi)});
        gemms.add(new long[][][] {OperandMatrices.filled(3, 5, 0), OperandMatrices.random(rnd, p.precision(), p.signed(), 5, 11)});
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new CubeArray(p)))) {
            CubeModel model = new CubeModel(p);   // one model for the run: the array keeps its state from GEMM to GEMM
            for (long[][][] g : gemms) {
                long[][] a = g[0], b = g[1];
                ArrayGemmPlan<CubeModel.In> plan = CubeModel.plan(p, a, b);
                String what = p + " GEMM " + a.length + "x" + b.length + "x" + b[0].length;
                Lockstep.Trace t = Lockstep.run(sim, model, new CubePorts(p), plan.inputs(), plan.cycles() + p.latency(), what);
                assertArrayEquals(Gemm.multiply(a, b), plan.assemble(t::value), "C of " + what);
                assertEquals(new CubeCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model, " + what);
            }
        }
    }
}
