package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseDigitPeTest {
    private static Interpreter pe(SparseDigitPeParams p) { return new Interpreter(Elaborator.elaborate(() -> new SparseDigitPe(p))); }

    @ParameterizedTest
    @CsvSource({"INT8, true, 0", "INT8, false, 0", "INT16, true, 0", "INT16, false, 0", "INT4, true, 0", "INT8, true, 18"})
    void matchesTheCycleExactModelUnderRandomHandshakes(Precision precision, boolean signed, int accWidth) {
        SparseDigitPeParams p = new SparseDigitPeParams(precision, signed, accWidth);
        Random rnd = SparseLockstep.random("SparseDigitPe " + p);
        try (Interpreter sim = pe(p)) {
            SparseLockstep.pe().run(sim, SparseDigitModel.of(p), precision, signed, rnd, 3000, 0.7, 0.08, p.toString());
        }
    }

    @Test void takesTheNextPairInTheCycleItsLastDigitIsAccumulated() {
        long[] as = {85, 0, -128, 127, -1, 0, 0, 85, 3};
        List<Integer> intervals = acceptIntervals(new SparseDigitPeParams(Precision.INT8, true, 0), as);
        List<Integer> want = new ArrayList<>();
        for (int i = 0; i + 1 < as.length; i++) want.add(SparseDigits.cycles(as[i], Precision.INT8, true));
        assertEquals(want, intervals, "cycles between accepted pairs: max(1, non-zero digits) of each a");
    }

    @ParameterizedTest
    @CsvSource({"INT8, true", "INT8, false", "INT16, true", "INT16, false"})
    void drainsTheExactDotProductOfExtremeOperands(Precision precision, boolean signed) {
        SparseDigitPeParams p = new SparseDigitPeParams(precision, signed, 0);
        long[] edge = {precision.min(signed), precision.max(signed), 0, signed ? -1 : 1, 1, SparseLockstep.densest(precision, signed)};
        try (Interpreter sim = pe(p)) {
            for (long a : edge) {
                long want = 0;
                for (long b : edge) {
                    offer(sim, a, b);
                    want += a * b;
                }
                assertEquals(Gemm.wrap(want, p.acc(), signed), drain(sim), "sum of " + a + " * each of " + Arrays.toString(edge));
            }
        }
    }

    @Test void wrapsLikeTheGoldenModelWhenTheAccumulatorIsNarrow() {
        SparseDigitPeParams p = new SparseDigitPeParams(Precision.INT8, true, 16);
        try (Interpreter sim = pe(p)) {
            for (int i = 0; i < 3; i++) offer(sim, -128, -128);
            assertEquals(Gemm.wrap(3 * 16384, 16, true), drain(sim), "3 * (-128 * -128) in 16 bits");
        }
    }

    @Test void startsFromZeroAfterADrain() {
        try (Interpreter sim = pe(new SparseDigitPeParams(Precision.INT8, true, 0))) {
            offer(sim, 100, -77);
            assertEquals(-7700, drain(sim), "first dot product");
            offer(sim, 3, 5);
            assertEquals(15, drain(sim), "second dot product");
        }
    }

    @Test void refusesADrainWhileDigitsRemainAndWhileAPairIsOffered() {
        try (Interpreter sim = pe(new SparseDigitPeParams(Precision.INT8, true, 0))) {
            offer(sim, 85, 1);
            sim.poke("inValid", 0);
            sim.poke("drain", 1);
            int[] ready = new int[4];
            for (int t = 0; t < 4; t++) {
                ready[t] = (int) sim.peek("drainReady");
                if (t < 3) sim.step();
            }
            assertEquals("[0, 0, 0, 1]", Arrays.toString(ready), "drainReady in the four digit cycles of a = 85");
            sim.poke("inValid", 1);
            assertEquals(0, sim.peek("drainReady"), "drainReady with a pair offered");
        }
    }

    /** Offers (a, b) until taken. */
    static void offer(Interpreter sim, long a, long b) {
        sim.poke("a", a);
        sim.poke("b", b);
        sim.poke("inValid", 1);
        sim.poke("drain", 0);
        while (sim.peek("inReady") == 0) sim.step();
        sim.step();
        sim.poke("inValid", 0);
    }

    /** Requests a drain until taken, then returns acc in the cycle outValid is high. */
    static long drain(Interpreter sim) {
        sim.poke("inValid", 0);
        sim.poke("drain", 1);
        while (sim.peek("drainReady") == 0) sim.step();
        sim.step();
        sim.poke("drain", 0);
        assertEquals(1, sim.peek("outValid"), "outValid the cycle after the drain was taken");
        long v = sim.peek("acc");
        sim.step();
        assertEquals(0, sim.peek("outValid"), "outValid lasts one cycle");
        return v;
    }

    /** Streams as with inValid always high; the cycles between consecutive acceptances. */
    private static List<Integer> acceptIntervals(SparseDigitPeParams p, long[] as) {
        List<Integer> out = new ArrayList<>();
        try (Interpreter sim = pe(p)) {
            sim.poke("inValid", 1);
            sim.poke("drain", 0);
            sim.poke("b", 7);
            long last = -1;
            for (long a : as) {
                sim.poke("a", a);
                while (sim.peek("inReady") == 0) sim.step();
                if (last >= 0) out.add((int) (sim.cycle() - last));
                last = sim.cycle();
                sim.step();
            }
        }
        return out;
    }
}
