package io.accelforge.tpe.pe;

import io.accelforge.rtl.sim.Simulator;
import io.accelforge.tpe.Gemm;
import java.util.Random;

/** Test helper: pokes and reads an accumulator in its stored form (one word, or OPT1's two rows split at random). */
final class StoredAcc {
    private StoredAcc() {}

    /** Drives {@code prefix}_0.. with {@code value} in stored form; OPT1's rows are a random split of it. */
    static void poke(Simulator sim, String prefix, PeArithmetic arith, long value, Random rnd) {
        if (arith.rows() == 1) {
            sim.poke(prefix + "_0", value);
            return;
        }
        int w = arith.accWidth();
        long mask = w == 64 ? -1L : (1L << w) - 1;
        long sum = rnd.nextLong() & mask;
        long carry = (value - sum) & mask;
        sim.poke(prefix + "_0", sum);
        sim.poke(prefix + "_1", carry);
    }

    /** The value of {@code prefix}_0.. read as the accumulator it stores (OPT1: the rows added modulo 2^accWidth). */
    static long peek(Simulator sim, String prefix, PeArithmetic arith) {
        long v = 0;
        for (int r = 0; r < arith.rows(); r++) v += sim.peek(prefix + "_" + r);
        return Gemm.wrap(v, arith.accWidth(), arith.signed());
    }
}
