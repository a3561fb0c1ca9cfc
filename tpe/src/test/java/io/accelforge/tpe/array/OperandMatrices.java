package io.accelforge.tpe.array;

import io.accelforge.sim.tb.Seeds;
import io.accelforge.tpe.Precision;
import java.util.Random;

/** Operand matrices for array tests: random with extremes mixed in, or filled with one extreme. */
final class OperandMatrices {
    private OperandMatrices() {}

    /** A seeded generator; the seed is printed so that a failure can be replayed. */
    static Random random(String test) {
        long seed = Seeds.next();
        System.out.println(test + ": " + Seeds.describe(seed));
        return new Random(seed);
    }

    /** Uniform values, with one in four an extreme: minimum, maximum, zero, all ones, one. */
    static long[][] random(Random rnd, Precision pr, boolean signed, int rows, int cols) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) for (int j = 0; j < cols; j++) row[j] = operand(rnd, pr, signed);
        return m;
    }

    static long operand(Random rnd, Precision pr, boolean signed) {
        long lo = pr.min(signed), hi = pr.max(signed);
        return switch (rnd.nextInt(20)) {
            case 0 -> lo;
            case 1 -> hi;
            case 2 -> 0;
            case 3 -> allOnes(pr, signed);
            case 4 -> 1;
            default -> lo + (long) (rnd.nextDouble() * (hi - lo + 1));
        };
    }

    /** Every bit set: -1 when signed, the maximum when not. */
    static long allOnes(Precision pr, boolean signed) { return signed ? -1 : pr.max(false); }

    static long[][] filled(int rows, int cols, long v) {
        long[][] m = new long[rows][cols];
        for (long[] row : m) java.util.Arrays.fill(row, v);
        return m;
    }
}
