package io.accelforge.sim.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * The values one input port takes, cycle after cycle: random bits, edge values (zero, all
 * ones, the signed minimum and maximum, one) and repeats of the previous value (so state can
 * build up). The stream depends only on the circuit's stimulus seed and the port's id, so a
 * circuit gets the same stimulus alone, packed with others, or after shrinking.
 */
final class InputValues {
    private final SplittableRandom rnd;
    private final HwType type;
    private BigInteger last = BigInteger.ZERO;

    InputValues(long seed, int portId, HwType type) {
        this.rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + portId);
        this.type = type;
    }

    /** The next value, as a number of the port's type (negative for SInt patterns with the top bit set). */
    BigInteger next() {
        int w = type.width();
        int roll = rnd.nextInt(100);
        BigInteger bits;
        if (roll < 25) {
            bits = null;
        } else if (roll < 50) {
            BigInteger ones = BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
            bits = switch (rnd.nextInt(5)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> ones;
                case 2 -> BigInteger.ONE.shiftLeft(w - 1);
                case 3 -> ones.shiftRight(1);
                default -> BigInteger.ONE;
            };
        } else {
            bits = randomBits(w);
        }
        if (bits != null) last = valueOf(bits, type);
        return last;
    }

    private BigInteger randomBits(int w) {
        BigInteger b = BigInteger.ZERO;
        for (int done = 0; done < w; done += 64) b = b.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(rnd.nextLong())));
        return b.and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
    }

    static BigInteger valueOf(BigInteger bits, HwType t) {
        return t.signed() && bits.testBit(t.width() - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(t.width())) : bits;
    }
}
