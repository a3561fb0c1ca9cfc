package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.tpe.Precision;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseDigitsTest {
    @ParameterizedTest
    @CsvSource({"INT4, true", "INT4, false", "INT8, true", "INT8, false"})
    void nonZeroDigitsAddUpToEveryOperand(Precision p, boolean signed) {
        for (long a = p.min(signed); a <= p.max(signed); a++) assertEquals(a, valueOf(SparseDigits.nonZero(a, p, signed)), "digits of " + a);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void nonZeroDigitsAddUpToRandomAndExtremeInt16Operands(boolean signed) {
        Random rnd = SparseLockstep.random("SparseDigits INT16 signed=" + signed);
        for (int i = 0; i < 5000; i++) {
            long a = SparseLockstep.operand(Precision.INT16, signed, rnd);
            assertEquals(a, valueOf(SparseDigits.nonZero(a, Precision.INT16, signed)), "digits of " + a);
        }
    }

    @Test void zeroHasNoNonZeroDigitButStillCostsOneCycle() {
        assertEquals(0, SparseDigits.count(0, Precision.INT8, true));
        assertEquals(1, SparseDigits.cycles(0, Precision.INT8, true));
    }

    @Test void everyOtherOperandHasAtLeastOneNonZeroDigit() {
        for (long a = -128; a <= 127; a++) if (a != 0) assertEquals(true, SparseDigits.count(a, Precision.INT8, true) >= 1, "digits of " + a);
    }

    @Test void cyclesAreTheNonZeroDigitCountForKnownOperands() {
        assertEquals(1, SparseDigits.cycles(-128, Precision.INT8, true), "-128 = -2 * 4^3");
        assertEquals(1, SparseDigits.cycles(-1, Precision.INT8, true), "-1 = -1 * 4^0");
        assertEquals(2, SparseDigits.cycles(127, Precision.INT8, true), "127 = 2 * 4^3 - 1");
        assertEquals(4, SparseDigits.cycles(85, Precision.INT8, true), "85 = 1 + 4 + 16 + 64");
        assertEquals(2, SparseDigits.cycles(255, Precision.INT8, false), "unsigned 255 = 4^4 - 1");
    }

    @ParameterizedTest
    @CsvSource({"INT4, true", "INT4, false", "INT8, true", "INT8, false", "INT16, true", "INT16, false"})
    void densestOperandHasEveryDigitNonZero(Precision p, boolean signed) {
        long a = SparseLockstep.densest(p, signed);
        assertEquals(SparseDigits.digitCount(p, signed), SparseDigits.count(a, p, signed), "digits of " + a);
    }

    @Test void digitsComeLowestWeightFirst() {
        assertEquals(List.of(new SparseDigits.Digit(-1, 0), new SparseDigits.Digit(2, 3)), SparseDigits.nonZero(127, Precision.INT8, true));
    }

    @Test void rejectsAnOperandOutsideItsPrecision() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparseDigits.count(128, Precision.INT8, true));
        assertEquals("operand 128 is outside signed INT8 (-128..127)", e.getMessage());
    }

    private static long valueOf(List<SparseDigits.Digit> digits) {
        long v = 0;
        for (SparseDigits.Digit d : digits) v += d.times(1);
        return v;
    }
}
