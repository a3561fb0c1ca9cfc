package io.accelforge.rtl.emit;

import java.math.BigInteger;

/** Small pieces of Verilog text: sized literals and ranges. */
final class VerilogText {
    private VerilogText() {}

    /** A sized unsigned literal of the given bit pattern: 1'b1, 8'd200, 40'h12_3456_789a. */
    static String literal(int width, BigInteger bits) {
        if (width == 1) return bits.signum() == 0 ? "1'b0" : "1'b1";
        if (bits.bitLength() <= 16) return width + "'d" + bits;
        return width + "'h" + bits.toString(16);
    }

    /** "[7:0] " for a vector, "" for a single bit. */
    static String range(int width) { return width == 1 ? "" : "[" + (width - 1) + ":0] "; }
}
