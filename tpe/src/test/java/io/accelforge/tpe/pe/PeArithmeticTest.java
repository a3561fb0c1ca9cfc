package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One multiply-accumulate step of each PE kind, as built by the pure-value builders, against the golden arithmetic. */
class PeArithmeticTest {
    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void addsEveryInt4ProductExactlyIntoTheNarrowestAndAWiderAccumulator(PeKind kind) {
        Random rnd = Operands.random("PeArithmeticTest int4 " + kind);
        for (boolean signed : new boolean[] {true, false}) {
            for (int accWidth : new int[] {8, 12}) {
                PeParams p = new PeParams(Precision.INT4, signed, kind, accWidth);
                try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new MacStep(p)))) {
                    for (long a = Precision.INT4.min(signed); a <= Precision.INT4.max(signed); a++) {
                        for (long b = Precision.INT4.min(signed); b <= Precision.INT4.max(signed); b++) {
                            for (long acc : accumulators(p, rnd)) step(sim, p, acc, a, b, rnd);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void addsRandomAndExtremeInt8AndInt16ProductsExactly(PeKind kind) {
        Random rnd = Operands.random("PeArithmeticTest int8/int16 " + kind);
        for (Precision precision : List.of(Precision.INT8, Precision.INT16)) {
            for (boolean signed : new boolean[] {true, false}) {
                for (int accWidth : new int[] {2 * precision.bits(), 2 * precision.bits() + 7, 63}) {
                    PeParams p = new PeParams(precision, signed, kind, accWidth);
                    try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new MacStep(p)))) {
                        List<Long> values = new ArrayList<>(Operands.extremes(precision, signed));
                        for (int i = 0; i < 12; i++) values.add(Operands.value(precision, signed, rnd));
                        for (long a : values) for (long b : values) for (long acc : accumulators(p, rnd)) step(sim, p, acc, a, b, rnd);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeKind.class, names = {"PLAIN", "OPT1"})
    void clearedAccumulatorRestartsFromTheProduct(PeKind kind) {
        PeParams p = new PeParams(Precision.INT8, true, kind, 24);
        Random rnd = Operands.random("PeArithmeticTest clear " + kind);
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new MacStep(p)))) {
            StoredAcc.poke(sim, "acc", p.arithmetic(), 12345, rnd);
            sim.poke("a", -7);
            sim.poke("b", 9);
            sim.poke("clear", 1);
            assertEquals(-63, sim.peek("value"), "clear with acc = 12345, a = -7, b = 9");
        }
    }

    @Test void plainStoresOneWordOfTheResultTypeAndOpt1TwoUnsignedRows() {
        PeArithmetic plain = PeArithmetic.of(PeKind.PLAIN, Precision.INT8, true, 32);
        PeArithmetic opt1 = PeArithmetic.of(PeKind.OPT1, Precision.INT8, true, 32);
        assertEquals(1, plain.rows());
        assertEquals(Hcl.SInt(32), plain.rowType());
        assertEquals(2, opt1.rows());
        assertEquals(Hcl.UInt(32), opt1.rowType());
        assertEquals(Hcl.SInt(32), opt1.resultType());
        assertEquals(Hcl.UInt(20), PeArithmetic.of(PeKind.OPT1, Precision.INT8, false, 20).resultType());
    }

    @Test void onlyPlainAndOpt1BuildSystolicPesAndTheErrorNamesThem() {
        for (PeKind k : List.of(PeKind.OPT2, PeKind.OPT3, PeKind.OPT4)) {
            ParamException e = assertThrows(ParamException.class, () -> PeArithmetic.of(k, Precision.INT8, true, 32));
            assertTrue(e.getMessage().contains("'pe' = " + k.name().toLowerCase()) && e.getMessage().endsWith("use one of: plain, opt1"), e.getMessage());
        }
    }

    private static void step(Interpreter sim, PeParams p, long acc, long a, long b, Random rnd) {
        PeArithmetic arith = p.arithmetic();
        StoredAcc.poke(sim, "acc", arith, acc, rnd);
        sim.poke("a", a);
        sim.poke("b", b);
        sim.poke("clear", 0);
        long want = arith.model(acc, a, b);
        String in = p + ": acc " + acc + " + " + a + " * " + b;
        assertEquals(want, sim.peek("value"), in + ", resolved");
        assertEquals(want, StoredAcc.peek(sim, "next", arith), in + ", stored rows");
    }

    /** Zero, the extremes of the accumulator (so the step wraps), and two random values. */
    private static List<Long> accumulators(PeParams p, Random rnd) {
        int w = p.accWidth();
        long max = p.signed() ? (1L << (w - 1)) - 1 : (1L << w) - 1, min = p.signed() ? -(1L << (w - 1)) : 0;
        List<Long> out = new ArrayList<>(List.of(0L, max, min));
        for (int i = 0; i < 2; i++) out.add(min + (long) (rnd.nextDouble() * ((double) max - min)));
        return out;
    }
}
