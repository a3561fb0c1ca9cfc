package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Booth arithmetic itself, exhaustively for 8 x 8 bits, signed and unsigned: every pair, no sampling. */
class BoothModelTest {
    private static final int N = 8;

    private static long lo(boolean signed) { return signed ? -(1L << (N - 1)) : 0; }

    private static long hi(boolean signed) { return signed ? (1L << (N - 1)) - 1 : (1L << N) - 1; }

    @Test
    void digitCountIsHalfTheSignedWidthRoundedUp() {
        assertEquals(4, BoothLayout.digitCount(8, true), "signed 8 bits");
        assertEquals(5, BoothLayout.digitCount(8, false), "unsigned 8 bits = signed 9 bits");
        assertEquals(4, BoothLayout.digitCount(7, true), "signed 7 bits");
        assertEquals(4, BoothLayout.digitCount(7, false), "unsigned 7 bits = signed 8 bits");
        assertEquals(1, BoothLayout.digitCount(1, true), "signed 1 bit");
        assertEquals(1, BoothLayout.digitCount(1, false), "unsigned 1 bit");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void digitsAreInMinusTwoToTwoAndRecodeEveryMultiplier(boolean signed) {
        for (long b = lo(signed); b <= hi(signed); b++) {
            int[] d = BoothModel.digits(BigInteger.valueOf(b), N, signed);
            long v = 0;
            for (int j = d.length - 1; j >= 0; j--) {
                assertTrue(d[j] >= -2 && d[j] <= 2, "digit " + j + " of b=" + b + " is " + d[j]);
                v = 4 * v + d[j];
            }
            assertEquals(b, v, "sum of d_j * 4^j for b=" + b);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rowsPlusNegateBitsSumToTheProductForEveryPair(boolean signed) {
        BoothLayout l = new BoothLayout(N, N, signed);
        BigInteger rowMin = BigInteger.ONE.shiftLeft(l.rowWidth() - 1).negate(), rowMax = rowMin.negate().subtract(BigInteger.ONE);
        for (long a = lo(signed); a <= hi(signed); a++) {
            for (long b = lo(signed); b <= hi(signed); b++) {
                BigInteger ab = BigInteger.valueOf(a), bb = BigInteger.valueOf(b);
                BigInteger sum = BigInteger.ZERO;
                for (int j = 0; j < l.digitCount(); j++) {
                    BigInteger row = BoothModel.row(ab, bb, N, signed, j);
                    if (row.compareTo(rowMin) < 0 || row.compareTo(rowMax) > 0) {
                        throw new AssertionError("row " + j + " of a=" + a + " b=" + b + " is " + row + ", outside SInt(" + l.rowWidth() + ")");
                    }
                    sum = sum.add(row.add(BigInteger.valueOf(BoothModel.neg(bb, j))).shiftLeft(l.shift(j)));
                }
                if (sum.longValueExact() != a * b) assertEquals(a * b, sum.longValueExact(), "sum of partial products for a=" + a + " b=" + b);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void heapWithoutSignExtensionSumsToTheProductForEveryPair(boolean signed) {
        BoothLayout l = new BoothLayout(N, N, signed);
        BigInteger mod = BigInteger.ONE.shiftLeft(l.productWidth());
        BigInteger rowMod = BigInteger.ONE.shiftLeft(l.rowWidth());
        BigInteger topBit = BigInteger.ONE.shiftLeft(l.rowWidth() - 1);
        for (long a = lo(signed); a <= hi(signed); a++) {
            for (long b = lo(signed); b <= hi(signed); b++) {
                BigInteger ab = BigInteger.valueOf(a), bb = BigInteger.valueOf(b);
                BigInteger heap = l.heapConstant();
                for (int j = 0; j < l.digitCount(); j++) {
                    // the row's bit pattern with its top bit inverted, read as unsigned
                    BigInteger bits = BoothModel.row(ab, bb, N, signed, j).mod(rowMod).xor(topBit);
                    heap = heap.add(bits.shiftLeft(l.shift(j)));
                    if (l.hasNeg(j)) heap = heap.add(BigInteger.valueOf(BoothModel.neg(bb, j)).shiftLeft(l.shift(j)));
                    else assertEquals(0, BoothModel.neg(bb, j), "digit " + j + " has no negate bit in the heap, yet b=" + b + " sets it");
                }
                BigInteger want = ab.multiply(bb).mod(mod);
                if (!heap.mod(mod).equals(want)) assertEquals(want, heap.mod(mod), "heap sum mod 2^" + l.productWidth() + " for a=" + a + " b=" + b);
            }
        }
    }
}
