package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.sim.Simulator;
import io.accelforge.sim.tb.Seeds;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Drives sparsity-encoding hardware and its golden {@link SparseDigitModel} with the same
 * random handshakes and operands, and compares every output in every cycle.
 *
 * @param a      the A operand port of each row
 * @param b      the B operand port of each column
 * @param out    the result port of each column
 */
public record SparseLockstep(List<String> a, List<String> b, List<String> out) {
    public static SparseLockstep pe() { return new SparseLockstep(List.of("a"), List.of("b"), List.of("acc")); }

    public static SparseLockstep column(int n) { return new SparseLockstep(List.of("a"), indexed("b", n), indexed("acc", n)); }

    public static SparseLockstep matrix(int rows, int cols) { return new SparseLockstep(indexed("aIn", rows), indexed("bIn", cols), indexed("cOut", cols)); }

    private static List<String> indexed(String port, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(port + "_" + i);
        return out;
    }

    /**
     * {@code cycles} cycles of random stimulus: operands offered with probability
     * {@code validRate}, a drain requested with probability {@code drainRate}; operands are
     * extreme values or random. {@code what} names the run in failure messages.
     */
    public void run(Simulator sim, SparseDigitModel model, Precision p, boolean signed, Random rnd, int cycles, double validRate,
                    double drainRate, String what) {
        long[] av = new long[a.size()], bv = new long[b.size()];
        for (int t = 0; t < cycles; t++) {
            boolean inValid = rnd.nextDouble() < validRate, drain = rnd.nextDouble() < drainRate;
            for (int i = 0; i < av.length; i++) av[i] = operand(p, signed, rnd);
            for (int i = 0; i < bv.length; i++) bv[i] = operand(p, signed, rnd);
            for (int i = 0; i < av.length; i++) sim.poke(a.get(i), av[i]);
            for (int i = 0; i < bv.length; i++) sim.poke(b.get(i), bv[i]);
            sim.poke("inValid", inValid ? 1 : 0);
            sim.poke("drain", drain ? 1 : 0);
            String at = what + " cycle " + t + " (inValid=" + inValid + " drain=" + drain + " a=" + Arrays.toString(av) + " b=" + Arrays.toString(bv) + ")";
            assertEquals(model.inReady() ? 1 : 0, sim.peek("inReady"), "inReady at " + at);
            assertEquals(model.drainReady(inValid) ? 1 : 0, sim.peek("drainReady"), "drainReady at " + at);
            assertEquals(model.outValid() ? 1 : 0, sim.peek("outValid"), "outValid at " + at);
            for (int c = 0; c < out.size(); c++) assertEquals(model.out(c), sim.peek(out.get(c)), out.get(c) + " at " + at);
            model.step(inValid, av, bv, drain);
            sim.step();
        }
    }

    /** A seeded random source; the seed is printed so that a failure can be replayed. */
    public static Random random(String test) {
        long seed = Seeds.next();
        System.out.println(test + ": " + Seeds.describe(seed));
        return new Random(seed);
    }

    /** One time in three an extreme value (min, max, 0, +-1, the most non-zero digits), else uniform. */
    public static long operand(Precision p, boolean signed, Random rnd) {
        long min = p.min(signed), max = p.max(signed);
        if (rnd.nextInt(3) == 0) {
            long[] edge = {min, max, 0, signed ? -1 : 1, 1, densest(p, signed)};
            return edge[rnd.nextInt(edge.length)];
        }
        return min + (long) (rnd.nextDouble() * (max - min + 1));
    }

    /** 0b0101...01 (unsigned: with the top bit set too): every radix-4 digit is non-zero, the most cycles a MAC can take. */
    public static long densest(Precision p, boolean signed) {
        long v = 0;
        for (int i = 0; i < p.bits() - 1; i += 2) v |= 1L << i;
        return signed ? v : v | 1L << p.bits() - 1;
    }
}
