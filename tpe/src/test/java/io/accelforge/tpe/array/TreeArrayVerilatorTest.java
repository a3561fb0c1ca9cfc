package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.TreeCycleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trees of the full K=16 dot-product width in Verilator: GEMMs against Gemm.multiply and the
 * cycle model, every cycle against the model. Two tiles, not the default 16: tiles are copies,
 * and a 16-tile OPT2 tree is minutes of C++ compilation.
 */
class TreeArrayVerilatorTest {
    static Stream<TreeParams> fullSize() {
        return Stream.of(new TreeParams(16, 2, Precision.INT8, true, PeKind.PLAIN, 2, 65536, 0),
                new TreeParams(16, 2, Precision.INT8, true, PeKind.OPT2, 2, 65536, 0),
                new TreeParams(16, 2, Precision.INT16, false, PeKind.PLAIN, 3, 65536, 0));
    }

    @ParameterizedTest
    @MethodSource("fullSize")
    void multipliesRandomAndExtremeGemmsAndTakesTheModelledCycles(TreeParams p) {
        Random rnd = OperandMatrices.random("tree verilator " + p);
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed());
        List<long[][][]> gemms = new ArrayList<>();
        gemms.add(new long[][][] {OperandMatrices.random(rnd, p.precision(), p.signed(), 36, 98), OperandMatrices.random(rnd, p.precision(), p.signed(), 98, 47)});
        gemms.add(new long[][][] {OperandMatrices.filled(4, 256, lo), OperandMatrices.filled(256, 16, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(3, 33, hi), OperandMatrices.filled(33, 17, lo)});
        gemms.add(new long[][][] {OperandMatrices.filled(2, 16, OperandMatrices.allOnes(p.precision(), p.signed())), OperandMatrices.filled(16, 16, hi)});
        gemms.add(new long[][][] {OperandMatrices.filled(3, 5, 0), OperandMatrices.random(rnd, p.precision(), p.signed(), 5, 11)});
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new TreeArray(p)))) {
            TreeModel model = new TreeModel(p);   // one model for the run: the array keeps its state from GEMM to GEMM
            for (long[][][] g : gemms) {
                long[][] a = g[0], b = g[1];
                ArrayGemmPlan<TreeModel.In> plan = TreeModel.plan(p, a, b);
                String what = p + " GEMM " + a.length + "x" + b.length + "x" + b[0].length;
                Lockstep.Trace t = Lockstep.run(sim, model, new TreePorts(p), plan.inputs(), plan.cycles() + p.latency(), what);
                assertArrayEquals(Gemm.multiply(a, b), plan.assemble(t::value), "C of " + what);
                assertEquals(new TreeCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model, " + what);
            }
        }
    }
}
