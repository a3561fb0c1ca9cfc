package io.accelforge.rtl.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random and edge-case operands for block tests; the seed is printed so a failure can be replayed. */
public final class Stimulus {
    private Stimulus() {}

    public static Random random(String test) {
        long seed = Long.getLong("seed", System.nanoTime());
        System.out.println(test + ": seed " + seed + " (rerun with -Dseed=" + seed + ")");
        return new Random(seed);
    }

    /** Zero, one, all ones, the top bit alone and its neighbours, then random values. */
    public static List<BigInteger> unsigned(int width, int randomCount, Random rnd) {
        List<BigInteger> v = new ArrayList<>();
        BigInteger max = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        v.add(BigInteger.ZERO);
        v.add(BigInteger.ONE.min(max));
        v.add(max);
        v.add(BigInteger.ONE.shiftLeft(width - 1));
        v.add(BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE));
        for (int i = 0; i < randomCount; i++) v.add(new BigInteger(width, rnd));
        return v;
    }

    /** Minimum, maximum, zero, -1, +1, then random values of a signed width. */
    public static List<Long> signed(int width, int randomCount, Random rnd) {
        List<Long> v = new ArrayList<>();
        long min = -(1L << (width - 1));
        long max = (1L << (width - 1)) - 1;
        v.add(min);
        v.add(max);
        v.add(0L);
        v.add(-1L);
        if (max >= 1) v.add(1L);
        for (int i = 0; i < randomCount; i++) v.add(min + (long) (rnd.nextDouble() * ((double) max - min + 1)));
        return v;
    }
}
