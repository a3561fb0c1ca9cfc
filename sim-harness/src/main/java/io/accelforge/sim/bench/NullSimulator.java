package io.accelforge.sim.bench;

import io.accelforge.rtl.sim.Simulator;
import java.math.BigInteger;

/** A simulator whose clock costs nothing: isolates the testbench scheduler's own cost in the benchmark. */
final class NullSimulator implements Simulator {
    private long cycle;

    @Override public void poke(String port, long value) { }
    @Override public void poke(String port, BigInteger value) { }
    @Override public long peek(String port) { return 0; }
    @Override public BigInteger peekBig(String port) { return BigInteger.ZERO; }
    @Override public void step() { cycle++; }
    @Override public void reset(int cycles) { }
    @Override public long cycle() { return cycle; }
}
