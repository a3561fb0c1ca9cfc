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
import io.accelforge.tpe.model.TreeCycleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The multiplier-adder tree in the interpreter, small configurations, every precision, signedness and PE kind. */
class TreeArrayTest {
    static Stream<TreeParams> smallTrees() {
        List<TreeParams> all = new ArrayList<>();
        for (PeKind kind : TreeParams.KINDS) {
            for (Precision pr : Precision.values()) {
                for (boolean signed : new boolean[] {true, false}) all.add(new TreeParams(4, 3, pr, signed, kind, pr == Precision.INT8 ? 0 : 2, 65536, 0));
            }
        }
        all.add(new TreeParams(3, 2, Precision.INT8, true, PeKind.OPT2, TreeParams.maxStages(3, Precision.INT8, true, PeKind.OPT2), 1024, 0));
        all.add(new TreeParams(5, 2, Precision.INT8, false, PeKind.PLAIN, TreeParams.maxStages(5, Precision.INT8, false, PeKind.PLAIN), 1024, 0));
        all.add(new TreeParams(4, 2, Precision.INT8, true, PeKind.OPT2, 1, 65536, 17));   // accumulator narrower than the dot product: wraps
        return all.stream();
    }

    private static Interpreter sim(TreeParams p) { return new Interpreter(Elaborator.elaborate(() -> new TreeArray(p))); }

    @ParameterizedTest
    @MethodSource("smallTrees")
    void followsTheModelEveryCycleWithRandomOperandsAndFlags(TreeParams p) {
        Random rnd = OperandMatrices.random("tree " + p);
        List<TreeModel.In> inputs = new ArrayList<>();
        for (int c = 0; c < 80; c++) {
            inputs.add(new TreeModel.In(OperandMatrices.random(rnd, p.precision(), p.signed(), 1, p.k())[0],
                    OperandMatrices.random(rnd, p.precision(), p.signed(), p.n(), p.k()), rnd.nextInt(4) != 0, rnd.nextInt(3) == 0, rnd.nextInt(3) == 0));
        }
        try (Interpreter sim = sim(p)) {
            Lockstep.run(sim, new TreeModel(p), new TreePorts(p), inputs, inputs.size() + p.latency() + 1, p.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("smallTrees")
    void multipliesARaggedGemmLikeGemmMultiplyInTheModelledCycles(TreeParams p) {
        Random rnd = OperandMatrices.random("tree gemm " + p);
        assertGemm(p, OperandMatrices.random(rnd, p.precision(), p.signed(), 3, 9), OperandMatrices.random(rnd, p.precision(), p.signed(), 9, 4));
    }

    @ParameterizedTest
    @MethodSource("smallTrees")
    void multipliesExtremeOperandsExactly(TreeParams p) {
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed()), ones = OperandMatrices.allOnes(p.precision(), p.signed());
        for (long[] pair : new long[][] {{lo, lo}, {hi, hi}, {lo, hi}, {0, lo}, {ones, ones}}) {
            assertGemm(p, OperandMatrices.filled(2, 8, pair[0]), OperandMatrices.filled(8, 3, pair[1]));
        }
    }

    private static void assertGemm(TreeParams p, long[][] a, long[][] b) {
        ArrayGemmPlan<TreeModel.In> plan = TreeModel.plan(p, a, b);
        try (Interpreter sim = sim(p)) {
            Lockstep.Trace t = Lockstep.run(sim, new TreeModel(p), new TreePorts(p), plan.inputs(), plan.cycles() + 1, p.toString());
            String in = p + " A=" + Arrays.deepToString(a) + " B=" + Arrays.deepToString(b);
            long[][] want = Gemm.multiply(a, b);
            for (long[] row : want) for (int j = 0; j < row.length; j++) row[j] = Gemm.wrap(row[j], p.accumulatorWidth(), p.signed());
            assertArrayEquals(want, plan.assemble(t::value), "C for " + in);
            assertEquals(new TreeCycleModel(p).gemmCycles(a.length, b.length, b[0].length), t.cyclesToLastValid(), "RTL cycles against the cycle model for " + in);
        }
    }

    @Test void accumulatesChunksBackToBackAndShowsEachDotProductLatencyCyclesAfterItsLastChunk() {
        for (PeKind kind : TreeParams.KINDS) {
            TreeParams p = new TreeParams(2, 1, Precision.INT8, true, kind, 2, 65536, 0);
            List<TreeModel.In> in = List.of(
                    new TreeModel.In(new long[] {1, 2}, new long[][] {{3, 4}}, true, true, false),
                    new TreeModel.In(new long[] {5, -6}, new long[][] {{7, 8}}, true, false, true),
                    new TreeModel.In(new long[] {-128, -128}, new long[][] {{-128, -128}}, true, true, true));
            try (Interpreter sim = sim(p)) {
                Lockstep.Trace t = Lockstep.run(sim, new TreeModel(p), new TreePorts(p), in, 6, p.toString());
                assertEquals(List.of(false, false, false, false, true, true), asList(t.valid()), kind + ": cValid by cycle");
                assertEquals(3 + 8 + 35 - 48, t.value(4, 0), kind + ": first dot product");
                assertEquals(2 * 16384, t.value(5, 0), kind + ": second dot product");
            }
        }
    }

    @Test void rejectsMoreStagesThanTheTreeHasPlacesForNamingTheMost() {
        ParamException e = assertThrows(ParamException.class, () -> new TreeParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 6, 65536, 0));
        assertTrue(e.getMessage().contains("more than the 5 places"), e.getMessage());
    }

    @Test void rejectsPeKindsThatDoNotApplyNamingThoseThatDo() {
        ParamException e = assertThrows(ParamException.class, () -> new TreeParams(16, 16, Precision.INT8, true, PeKind.OPT1, 0, 65536, 0));
        assertTrue(e.getMessage().contains("plain, opt2"), e.getMessage());
    }

    @Test void derivesTheAccumulatorFromKMax() {
        assertEquals(32, new TreeParams(16, 16, Precision.INT8, true, PeKind.PLAIN, 2, 65536, 0).accumulatorWidth());
        assertEquals(48, new TreeParams(4, 3, Precision.INT16, false, PeKind.OPT2, 2, 65536, 0).accumulatorWidth());
    }

    private static List<Boolean> asList(boolean[] v) {
        List<Boolean> out = new ArrayList<>();
        for (boolean b : v) out.add(b);
        return out;
    }
}
