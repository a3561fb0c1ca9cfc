package io.accelforge.rtl.hcl;

import java.math.BigInteger;

/** A constant. {@link #value} is the mathematical value; {@link #bits} is its two's-complement pattern. */
public final class Literal extends Value {
    private final BigInteger value;

    Literal(HwType type, BigInteger value) {
        super(type);
        this.value = value;
    }

    public BigInteger value() { return value; }

    /** The bit pattern as a non-negative number below 2^width. */
    public BigInteger bits() {
        return value.signum() >= 0 ? value : value.add(BigInteger.ONE.shiftLeft(width()));
    }

    @Override public String toString() { return type() + ".lit(" + value + ")"; }
}
