package io.accelforge.tpe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.tb.Seeds;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SparseDigits;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSparsityTest {
    private static final double[] SIGMAS = {10, 20, 30, 50};
    /** Wu et al.: non-zero digits per INT8 operand at sigma 10, 20 and 50 (none given for 30). */
    private static final double[] PAPER = {1.71, 2.05, Double.NaN, 2.57};

    @Test void rtlCyclesAgreeWithTheModelAndBoothSitsJustAboveThePapersCounts() {
        long seed = Seeds.next();
        System.out.println("DigitSparsity: " + Seeds.describe(seed));
        List<DigitSparsity.Row> rows = DigitSparsity.measure(SIGMAS, 20000, 8, seed, VerilatorSim::open);
        String table = DigitSparsity.format(rows);
        System.out.print(table);
        for (int i = 0; i < rows.size(); i++) {
            DigitSparsity.Row r = rows.get(i);
            String at = " at sigma " + r.sigma() + "\n" + table;
            assertEquals(r.modelDigits(), r.rtlDigits(), 1e-12, "Booth digits per operand, RTL vs model" + at);
            assertEquals(r.modelCyclesPerMac(), r.rtlCyclesPerMac(), 1e-12, "cycles per MAC, RTL vs model" + at);
            if (!Double.isNaN(PAPER[i])) {
                double over = r.modelDigits() - PAPER[i];
                assertTrue(over > 0.1 && over < 0.35, "Booth digits " + r.modelDigits() + " should be 0.1..0.35 above the paper's " + PAPER[i] + at);
                assertEquals(PAPER[i], r.minimalDigits(), 0.1, "fewest possible digits against the paper's" + at);
            }
            if (i > 0) assertTrue(r.modelDigits() > rows.get(i - 1).modelDigits(), "wider data, more digits" + at);
            assertTrue(r.arrayCyclesPerStep() > r.modelCyclesPerMac(), "a lockstep array waits for its densest row" + at);
        }
    }

    @Test void fewestDigitsNeverExceedBoothsAndAreFewerForTwo() {
        for (long a = -128; a <= 127; a++) {
            assertTrue(DigitSparsity.minimalDigits(a) <= SparseDigits.count(a, Precision.INT8, true), "digits of " + a);
        }
        assertEquals(1, DigitSparsity.minimalDigits(2), "2 is one digit");
        assertEquals(2, SparseDigits.count(2, Precision.INT8, true), "Booth writes 2 as -2 + 4");
        assertEquals(2, DigitSparsity.minimalDigits(14), "14 = 16 - 2");
    }
}
