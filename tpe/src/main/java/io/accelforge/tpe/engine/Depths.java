package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.Params;

/** Scratchpad depth rules shared by the adapters. */
final class Depths {
    /** Default depth of a scratchpad that holds a streamed operand or result: one word per streamed step. */
    static final int STREAM = 256;

    private Depths() {}

    /** {@code given}, or {@code dflt} when it is 0; fails when fewer than {@code min} words. */
    static int resolve(String name, int given, int dflt, int min, String why) {
        int d = given != 0 ? given : dflt;
        Params.require(d >= min, "parameter '" + name + "' = " + d + " is too small: " + why + " needs at least " + min + " words");
        return d;
    }

    /** The smallest power of two >= n, at least 2 (a memory has two words or more). */
    static int pow2(int n) { return Math.max(2, Integer.highestOneBit(Math.max(1, n - 1)) << 1); }

    /** The longest stream a COMPUTE can ask for: cmdAddr is 16 bits. */
    static int stream(int depth) { return Math.min(depth, 65535); }
}
