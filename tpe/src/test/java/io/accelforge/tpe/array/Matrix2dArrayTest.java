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
import io.accelforge.tpe.model.Matrix2dCycleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 2D-Matrix in the interpreter, small configurations, every precision, signedness and PE kind. */
class Matrix2dArrayTest {
    static Stream<Matrix2dParams> smallMatrices() {
        List<Matrix2dParams> all = new ArrayList<>();
        for (PeKind kind : Matrix2dParams.KINDS) {
            for (Precision pr : Precision.values()) {
                for (boolean signed : new boolean[] {true, false}) all.add(new Matrix2dParams(3, 2, pr, signed, kind, 65536, 0));
            }
        }
        all.add(new Matrix2dParams(2, 3, Precision.INT8, true, PeKind.OPT1, 4, 0));    // 18-bit accumulators wrap past kMax
        all.add(new Matrix2dParams(1, 1, Precision.INT4, false, PeKind.PLAIN, 1, 0));
        return all.stream();
    }

    private static Interpreter sim(Matrix2dParams p) { return new Interpreter(Elaborator.elaborate(() -> new Matrix2dArray(p))); }

    @ParameterizedTest
    @MethodSource("smallMatrices")
    void followsTheModelEveryCycleWithRandomOperandsAndFlags(Matrix2dParams p) {
        Random rnd = OperandMatrices.random("matrix-2d " + p);
        List<Matrix2dModel.In> inputs = new ArrayList<>();
        for (int c = 0; c < 80; c++) {
            inputs.add(new Matrix2dModel.In(OperandMatrices.random(rnd, p.precision(), p.signed(), 1, p.rows())[0],
                    OperandMatrices.random(rnd, p.precision(), p.signed(), 1, p.cols())[0], rnd.nextInt(4) != 0, rnd.nextInt(5) == 0, rnd.nextInt(4) == 0));
        }
        try (Interpreter sim = sim(p)) {
            Lockstep.run(sim, new Matrix2dModel(p), new Matrix2dPorts(p), inputs, inputs.size() + 2, p.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("smallMatrices")
    void multipliesARaggedGemmLikeGemmMultiplyInTheModelledCycles(Matrix2dParams p) {
        Random rnd = OperandMatrices.random("matrix-2d gemm " + p);
        assertGemm(p, OperandMatrices.random(rnd, p.precision(), p.signed(), 5, 9), OperandMatrices.random(rnd, p.precision(), p.signed(), 9, 3));
    }

    @ParameterizedTest
    @MethodSource("smallMatrices")
    void multipliesExtremeOperandsExactly(Matrix2dParams p) {
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed()), ones = OperandMatrices.allOnes(p.precision(), p.signed());
        for (long[] pair : new long[][] {{lo, lo}, {hi, hi}, {lo, hi}, {0, hi}, {ones, ones}}) {
            assertGemm(p, OperandMatrices.filled(3, 7, pair[0]), OperandMatrices.filled(7, 2, pair[1]));
        }
    }

    private static void assertGemm(Matrix2dParams p, long[][] a, long[][] b) {
        ArrayGemmPlan<Matrix2dModel.In> plan = Matrix2dModel.plan(p, a, b);
        try (Interpreter sim = sim(p)) {
            Lockstep.Trace t = Lockstep.run(sim, new Matrix2dModel(p), new Matrix2dPorts(p), plan.inputs(), plan.cycles() + 1, p.toString());
            String in = p + " A=" + Arrays.deepToString(a) + " B=" + Arrays.deepToString(b);
            long[][] want = Gemm.multiply(a, b);
            for (long[] row : want) for (int j = 0; j < row.length; j++) row[j] = Gemm.wrap(row[j], p.accumulatorWidth(), p.signed());
            assertArrayEquals(want, plan.assemble(t::value), "C for " + in);
            assertEquals(new Matrix2dCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model for " + in);
        }
    }

    @Test void drainsTheBottomRowFirstOneRowPerCycleAfterAPulseWithTheLastProducts() {
        for (PeKind kind : Matrix2dParams.KINDS) {
            Matrix2dParams p = new Matrix2dParams(2, 2, Precision.INT8, true, kind, 65536, 0);
            long[] a0 = {1, 2}, b0 = {3, 4}, a1 = {-5, 6}, b1 = {7, -8};
            List<Matrix2dModel.In> in = List.of(
                    new Matrix2dModel.In(a0, b0, true, true, false),
                    new Matrix2dModel.In(a1, b1, true, false, true));
            try (Interpreter sim = sim(p)) {
                Lockstep.Trace t = Lockstep.run(sim, new Matrix2dModel(p), new Matrix2dPorts(p), in, 5, p.toString());
                assertEquals(List.of(false, false, true, true, false), asList(t.valid()), kind + ": cValid by cycle");
                assertEquals(2 * 3 + 6 * 7, t.value(2, 0), kind + ": C[1][0] first");
                assertEquals(1 * 4 + -5 * -8, t.value(3, 1), kind + ": C[0][1] second");
            }
        }
    }

    @Test void ignoresOperandsAndPulsesWhileDraining() {
        Matrix2dParams p = new Matrix2dParams(2, 1, Precision.INT8, true, PeKind.OPT1, 65536, 0);
        long[] one = {1, 1};
        List<Matrix2dModel.In> in = List.of(
                new Matrix2dModel.In(new long[] {3, 5}, new long[] {7}, true, true, true),
                new Matrix2dModel.In(one, one, true, false, true),
                new Matrix2dModel.In(one, one, true, true, true));
        try (Interpreter sim = sim(p)) {
            Lockstep.Trace t = Lockstep.run(sim, new Matrix2dModel(p), new Matrix2dPorts(p), in, 4, p.toString());
            assertEquals(List.of(false, true, true, false), asList(t.valid()), "cValid by cycle");
            assertEquals(35, t.value(1, 0), "C[1][0]");
            assertEquals(21, t.value(2, 0), "C[0][0]");
        }
    }

    @Test void rejectsPeKindsThatDoNotApplyNamingThoseThatDo() {
        ParamException e = assertThrows(ParamException.class, () -> new Matrix2dParams(4, 4, Precision.INT8, true, PeKind.OPT2, 65536, 0));
        assertTrue(e.getMessage().contains("plain, opt1"), e.getMessage());
    }

    @Test void derivesTheAccumulatorFromKMax() {
        assertEquals(32, new Matrix2dParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 65536, 0).accumulatorWidth());
        assertEquals(10, new Matrix2dParams(2, 2, Precision.INT4, true, PeKind.PLAIN, 4, 0).accumulatorWidth());
    }

    private static List<Boolean> asList(boolean[] v) {
        List<Boolean> out = new ArrayList<>();
        for (boolean b : v) out.add(b);
        return out;
    }
}
