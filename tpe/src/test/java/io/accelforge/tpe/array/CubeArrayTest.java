package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.CubeCycleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 3D-Cube in the interpreter, small configurations, every precision, signedness and PE kind. */
class CubeArrayTest {
    static Stream<CubeParams> smallCubes() {
        List<CubeParams> all = new ArrayList<>();
        for (PeKind k : CubeParams.KINDS) {
            for (Precision pr : Precision.values()) {
                for (boolean signed : new boolean[] {true, false}) all.add(new CubeParams(2, 3, 2, pr, signed, k, 0));
            }
        }
        return all.stream();
    }

    private static Interpreter sim(CubeParams p) { return new Interpreter(Elaborator.elaborate(() -> new CubeArray(p))); }

    @ParameterizedTest
    @MethodSource("smallCubes")
    void followsTheModelEveryCycleWithRandomOperandsAndBubbles(CubeParams p) {
        Random rnd = OperandMatrices.random("cube " + p);
        List<CubeModel.In> inputs = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            inputs.add(new CubeModel.In(OperandMatrices.random(rnd, p.precision(), p.signed(), p.z(), p.y()),
                    OperandMatrices.random(rnd, p.precision(), p.signed(), p.y(), p.x()), rnd.nextInt(3) != 0));
        }
        try (Interpreter sim = sim(p)) {
            Lockstep.run(sim, new CubeModel(p), new CubePorts(p), inputs, inputs.size() + p.latency() + 1, p.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("smallCubes")
    void multipliesARaggedGemmLikeGemmMultiply(CubeParams p) {
        Random rnd = OperandMatrices.random("cube gemm " + p);
        long[][] a = OperandMatrices.random(rnd, p.precision(), p.signed(), 5, 7);
        long[][] b = OperandMatrices.random(rnd, p.precision(), p.signed(), 7, 3);
        assertGemm(p, a, b);
    }

    @ParameterizedTest
    @MethodSource("smallCubes")
    void multipliesExtremeOperandsExactly(CubeParams p) {
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed()), ones = OperandMatrices.allOnes(p.precision(), p.signed());
        long[][] pairs = {{lo, lo}, {hi, hi}, {lo, hi}, {0, hi}, {ones, ones}, {ones, lo}};
        for (long[] pair : pairs) assertGemm(p, OperandMatrices.filled(3, 6, pair[0]), OperandMatrices.filled(6, 3, pair[1]));
    }

    private static void assertGemm(CubeParams p, long[][] a, long[][] b) {
        ArrayGemmPlan<CubeModel.In> plan = CubeModel.plan(p, a, b);
        try (Interpreter sim = sim(p)) {
            Lockstep.Trace t = Lockstep.run(sim, new CubeModel(p), new CubePorts(p), plan.inputs(), plan.cycles() + 1, p.toString());
            String in = p + " A=" + Arrays.deepToString(a) + " B=" + Arrays.deepToString(b);
            assertArrayEquals(Gemm.multiply(a, b), plan.assemble(t::value), "C for " + in);
            assertEquals(plan.cycles(), t.cyclesToLastValid(), "cycles to the last result for " + in);
            assertEquals(new CubeCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model for " + in);
        }
    }

    @Test void showsASliceResultExactlyLatencyCyclesAfterItStarts() {
        for (PeKind k : CubeParams.KINDS) {
            CubeParams p = new CubeParams(2, 3, 2, Precision.INT8, true, k, 0);
            long[][] a = {{1, 2, 3}, {-4, 5, -6}}, b = {{7, -8}, {9, 10}, {-11, 12}};
            ArrayGemmPlan<CubeModel.In> plan = CubeModel.plan(p, a, b);
            try (Interpreter sim = sim(p)) {
                Lockstep.Trace t = Lockstep.run(sim, new CubeModel(p), new CubePorts(p), plan.inputs(), p.latency() + 3, p.toString());
                for (int c = 0; c < t.valid().length; c++) assertEquals(c == p.latency(), t.valid()[c], k + ": cValid at cycle " + c);
                assertEquals(1 * 7 + 2 * 9 + 3 * -11, t.value(p.latency(), CubeArray.lane(p, 0, 0)), k + ": C[0][0]");
                assertEquals(-4 * -8 + 5 * 10 + -6 * 12, t.value(p.latency(), CubeArray.lane(p, 1, 1)), k + ": C[1][1]");
            }
        }
    }

    @Test void resetClearsTheValidPipeline() {
        CubeParams p = new CubeParams(1, 2, 1, Precision.INT8, true, PeKind.OPT1, 0);
        try (Interpreter sim = sim(p)) {
            sim.poke("valid", 1);
            sim.step(2);
            sim.poke("valid", 0);
            sim.reset(1);
            for (int c = 0; c < p.latency() + 1; c++, sim.step()) assertEquals(0, sim.peek("cValid"), "cValid " + c + " cycles after reset");
        }
    }

    @Test void derivesAnExactChainWidth() {
        assertEquals(19, new CubeParams(8, 8, 8, Precision.INT8, true, PeKind.PLAIN, 0).chainWidth());
        assertEquals(34, new CubeParams(2, 3, 2, Precision.INT16, false, PeKind.OPT1, 0).chainWidth());
        assertEquals(24, new CubeParams(8, 8, 8, Precision.INT8, true, PeKind.PLAIN, 24).chainWidth());
    }

    @Test void rejectsPeKindsThatDoNotApplyNamingThoseThatDo() {
        ParamException e = assertThrows(ParamException.class, () -> new CubeParams(2, 2, 2, Precision.INT8, true, PeKind.OPT2, 0));
        assertTrue(e.getMessage().contains("plain, opt1"), e.getMessage());
    }

    @Test void rejectsAResultNarrowerThanAProduct() {
        ParamException e = assertThrows(ParamException.class, () -> new CubeParams(2, 2, 2, Precision.INT8, true, PeKind.PLAIN, 15));
        assertTrue(e.getMessage().contains("accWidth"), e.getMessage());
    }
}
