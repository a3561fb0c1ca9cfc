package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.hcl.Value;

/**
 * Two rows of one width W whose sum is the value (the redundant form a compressor tree ends
 * in): bit i of either row weighs 2^i, and {@code x + y} modulo 2^W is the result. Unlike a
 * {@link Compressors#csa} result, the second row is already aligned (not weighted by 2).
 */
public record RowPair(Value x, Value y) {
    /** The carry-propagate sum x + y modulo 2^W, as a UInt(W). */
    public Value sum(PrefixNetwork adder) { return PrefixAdders.addWrapping(x, y, adder); }
}
