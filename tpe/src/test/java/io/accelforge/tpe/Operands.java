package io.accelforge.tpe;

import io.accelforge.sim.tb.Seeds;
import java.util.List;
import java.util.Random;

/** Random and extreme operands for tensor-engine tests; every random source prints its seed. */
public final class Operands {
    private Operands() {}

    /** A random source for {@code test}, its seed printed (replay with -Daccelforge.seed=N). */
    public static Random random(String test) {
        long seed = Seeds.next();
        System.out.println(test + ": " + Seeds.describe(seed));
        return new Random(seed);
    }

    /** Minimum, maximum, zero, one and all ones (-1 signed, the maximum unsigned). */
    public static List<Long> extremes(Precision p, boolean signed) {
        return List.of(p.min(signed), p.max(signed), 0L, 1L, signed ? -1L : p.max(false));
    }

    /** One value: an extreme one time in four, else uniform over the precision's range. */
    public static long value(Precision p, boolean signed, Random rnd) {
        if (rnd.nextInt(4) == 0) {
            List<Long> e = extremes(p, signed);
            return e.get(rnd.nextInt(e.size()));
        }
        return p.min(signed) + (long) (rnd.nextDouble() * (p.max(signed) - p.min(signed) + 1));
    }

    public static long[][] matrix(Precision p, boolean signed, int rows, int cols, Random rnd) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) for (int j = 0; j < cols; j++) row[j] = value(p, signed, rnd);
        return m;
    }

    public static long[][] filled(int rows, int cols, long v) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) java.util.Arrays.fill(row, v);
        return m;
    }
}
