package io.accelforge.tpe;

import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;

/** Operand precision of a tensor engine; signedness is a separate parameter. */
public enum Precision {
    INT4(4), INT8(8), INT16(16);

    private final int bits;

    Precision(int bits) { this.bits = bits; }

    public int bits() { return bits; }

    public HwType type(boolean signed) { return signed ? Hcl.SInt(bits) : Hcl.UInt(bits); }

    /** Smallest and largest operand values. */
    public long min(boolean signed) { return signed ? -(1L << (bits - 1)) : 0; }

    public long max(boolean signed) { return signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1; }

    /** Accumulator width that cannot overflow for a reduction of length k: 2W + ceil(log2 k). */
    public int accWidth(int k) { return 2 * bits + (k <= 1 ? 0 : Hcl.log2Up(k)); }
}
