package io.accelforge.sim;

import io.accelforge.rtl.sim.SimException;
import io.accelforge.sim.build.PortSpec;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A port of a running model, resolved once: poke and peek read and write the model's own
 * memory with no name lookup and no native call (the fast path for per-cycle testbenches).
 * Ports up to 64 bits; wider ones go through {@link VerilatorSim#poke(String, java.math.BigInteger)}.
 */
public final class Port {
    private static final ValueLayout.OfByte B = ValueLayout.JAVA_BYTE;
    private static final ValueLayout.OfShort S = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG_UNALIGNED;

    private final VerilatorSim sim;
    private final PortSpec spec;
    private final MemorySegment mem;
    private final int bytes;
    private final long min;
    private final long max;
    /** The port's own bits: Verilator assumes nothing is set above a port's width. */
    private final long mask;

    Port(VerilatorSim sim, PortSpec spec, MemorySegment mem) {
        if (spec.width() > 64) throw new SimException("port '" + spec.name() + "' is " + spec.width() + " bits wide; use poke/peekBig by name");
        this.sim = sim;
        this.spec = spec;
        this.mem = mem;
        this.bytes = spec.storageBytes();
        int w = spec.width();
        this.min = w == 64 ? Long.MIN_VALUE : spec.signed() ? -(1L << (w - 1)) : 0;
        this.max = w == 64 ? Long.MAX_VALUE : spec.signed() ? (1L << (w - 1)) - 1 : (1L << w) - 1;
        this.mask = w == 64 ? -1L : (1L << w) - 1;
    }

    public PortSpec spec() { return spec; }

    /** Writes an input; a value outside the port's range fails (64-bit UInts take any bit pattern). */
    public void poke(long v) {
        if (!spec.input()) throw new SimException("'" + spec.name() + "' is an output; only inputs can be poked");
        if (!fits(v)) throw outOfRange(spec, java.math.BigInteger.valueOf(v));
        v &= mask;   // a negative SInt is written as its two's complement in the port's width only
        switch (bytes) {
            case 1 -> mem.set(B, 0, (byte) v);
            case 2 -> mem.set(S, 0, (short) v);
            case 4 -> mem.set(I, 0, (int) v);
            default -> mem.set(L, 0, v);
        }
        sim.markDirty();
    }

    /** True when {@code v} is in the port's range (a 64-bit port takes any long as its bit pattern). */
    public boolean fits(long v) { return spec.width() >= 64 || (v >= min && v <= max); }

    static SimException outOfRange(PortSpec p, java.math.BigInteger v) {
        String range = p.signed() ? "-2^" + (p.width() - 1) + "..2^" + (p.width() - 1) + "-1" : "0..2^" + p.width() + "-1";
        return new SimException("value " + v + " does not fit port '" + p.name() + "' (" + (p.signed() ? "SInt" : "UInt") + "(" + p.width() + "), " + range + ")");
    }

    /** Reads the port (sign-extended for SInt, only its own bits). */
    public long peek() {
        sim.settleIfDirty();
        int w = spec.width();
        long raw = switch (bytes) {
            case 1 -> mem.get(B, 0) & 0xFFL;
            case 2 -> mem.get(S, 0) & 0xFFFFL;
            case 4 -> mem.get(I, 0) & 0xFFFFFFFFL;
            default -> mem.get(L, 0);
        };
        if (w >= 64) return raw;
        // Verilator may leave junk above a port's width: keep only its own bits
        return spec.signed() ? (raw << (64 - w)) >> (64 - w) : raw & ((1L << w) - 1);
    }
}
