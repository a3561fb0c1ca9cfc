package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoothPartialProductsTest {
    private static Interpreter sim(BoothParams p) {
        return new Interpreter(Elaborator.elaborate(() -> new BoothPartialProducts(p)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyEightBitPairGivesTheModelsDigitsAndRows(boolean signed) {
        BoothParams p = new BoothParams(8, 8, signed);
        Interpreter sim = sim(p);
        long lo = signed ? -128 : 0, hi = signed ? 127 : 255;
        for (long a = lo; a <= hi; a++) {
            for (long b = lo; b <= hi; b++) check(sim, p, BigInteger.valueOf(a), BigInteger.valueOf(b));
        }
    }

    static Stream<Arguments> widths() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(2, 2), Arguments.of(3, 5), Arguments.of(16, 9), Arguments.of(9, 16), Arguments.of(64, 64));
    }

    @ParameterizedTest
    @MethodSource("widths")
    void randomAndEdgeOperandsGiveTheModelsDigitsAndRows(int widthA, int widthB) {
        for (boolean signed : new boolean[] {true, false}) {
            BoothParams p = new BoothParams(widthA, widthB, signed);
            Random rnd = Stimulus.random("BoothPartialProducts " + p);
            Interpreter sim = sim(p);
            List<BigInteger> as = Operands.of(widthA, signed, 30, rnd), bs = Operands.of(widthB, signed, 30, rnd);
            for (BigInteger a : as) for (BigInteger b : bs) check(sim, p, a, b);
        }
    }

    private static void check(Interpreter sim, BoothParams p, BigInteger a, BigInteger b) {
        BoothLayout l = p.layout();
        sim.poke("a", a);
        sim.poke("b", b);
        String in = "a=" + a + " b=" + b + " (" + p + ")";
        int[] digits = BoothModel.digits(b, p.widthB(), p.signed());
        BigInteger neg = sim.peekBig("neg"), one = sim.peekBig("one"), two = sim.peekBig("two");
        BigInteger sum = BigInteger.ZERO;
        for (int j = 0; j < l.digitCount(); j++) {
            int magnitude = (one.testBit(j) ? 1 : 0) + (two.testBit(j) ? 2 : 0);
            int digit = neg.testBit(j) ? -magnitude : magnitude;
            if (digit != digits[j] || one.testBit(j) && two.testBit(j)) {
                assertEquals(digits[j], digit, "digit " + j + " for " + in + " (neg=" + neg + " one=" + one + " two=" + two + ")");
            }
            BigInteger row = sim.peekBig("pp_" + j);
            BigInteger want = BoothModel.row(a, b, p.widthB(), p.signed(), j);
            if (!row.equals(want)) assertEquals(want, row, "pp_" + j + " for " + in);
            sum = sum.add(row.add(neg.testBit(j) ? BigInteger.ONE : BigInteger.ZERO).shiftLeft(l.shift(j)));
        }
        if (!sum.equals(a.multiply(b))) assertEquals(a.multiply(b), sum, "sum of (pp_j + neg_j) * 4^j for " + in);
    }
}
