package io.accelforge.rtl.sim;

import java.math.BigInteger;

/**
 * A cycle-based simulation of a design's top module, by port name. Values of SInt ports are
 * signed numbers; a value that does not fit the port is an error, never truncated.
 */
public interface Simulator extends AutoCloseable {
    void poke(String port, long value);

    void poke(String port, BigInteger value);

    /** The port's value (sign-extended for SInt); fails for ports wider than 64 bits. */
    long peek(String port);

    BigInteger peekBig(String port);

    /** One rising edge of every clock, then the combinational logic settles. */
    void step();

    default void step(int cycles) {
        for (int i = 0; i < cycles; i++) step();
    }

    /** Holds every top-level reset high for {@code cycles} clock edges, then releases it. */
    void reset(int cycles);

    /** Clock edges taken so far. */
    long cycle();

    @Override default void close() {}
}
