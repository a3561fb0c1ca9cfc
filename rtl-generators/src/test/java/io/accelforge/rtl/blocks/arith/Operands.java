package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Edge values first (zero, one, all ones, top bit set, min and max signed), then random ones, of any width. */
final class Operands {
    private Operands() {}

    static List<BigInteger> of(int width, boolean signed, int randomCount, Random rnd) {
        if (!signed) return Stimulus.unsigned(width, randomCount, rnd);
        if (width <= 63) return Stimulus.signed(width, randomCount, rnd).stream().map(BigInteger::valueOf).toList();
        BigInteger half = BigInteger.ONE.shiftLeft(width - 1);
        List<BigInteger> v = new ArrayList<>(List.of(half.negate(), half.subtract(BigInteger.ONE), BigInteger.ZERO,
                BigInteger.ONE.negate(), BigInteger.ONE));
        for (int i = 0; i < randomCount; i++) v.add(new BigInteger(width, rnd).subtract(half));
        return v;
    }
}
