package io.accelforge.rtl.hcl;

import java.math.BigInteger;

/** A fixed-width hardware type: UInt(w), SInt(w), or Bool (UInt(1)). Widths are known when built. */
public record HwType(int width, boolean signed) {
    /** Widest value the library builds; wider is almost always a generator bug. */
    public static final int MAX_WIDTH = 1 << 16;

    public HwType {
        if (width < 1 || width > MAX_WIDTH) {
            throw new HclException("width must be 1.." + MAX_WIDTH + ", got " + width,
                    "check the width parameter passed to UInt()/SInt()");
        }
    }

    public boolean isBool() { return width == 1 && !signed; }

    /** A literal of this type; fails when the value does not fit. */
    public Literal lit(long value) { return lit(BigInteger.valueOf(value)); }

    public Literal lit(BigInteger value) {
        if (!fits(value)) {
            throw new HclException("constant " + value + " does not fit " + this + " (" + minValue() + ".." + maxValue() + ")",
                    "widen the type or use a smaller constant");
        }
        return new Literal(this, value);
    }

    public boolean fits(BigInteger v) { return v.compareTo(minValue()) >= 0 && v.compareTo(maxValue()) <= 0; }

    public BigInteger minValue() { return signed ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO; }

    public BigInteger maxValue() {
        return signed ? BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE)
                      : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    }

    public HwType withWidth(int w) { return new HwType(w, signed); }

    @Override public String toString() { return isBool() ? "Bool" : (signed ? "SInt(" : "UInt(") + width + ")"; }
}
