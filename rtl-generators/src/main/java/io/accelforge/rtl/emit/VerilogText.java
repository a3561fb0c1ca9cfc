package io.accelforge.rtl.emit;

import io.accelforge.rtl.hcl.SourceLoc;
import java.math.BigInteger;
import java.util.Locale;

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

    /**
     * "// MacCell.java:17". Verilator reads a comment that starts with "verilator" as a
     * directive (and rejects an unknown one), so such file names get "// at " before them.
     */
    static String sourceComment(SourceLoc loc) {
        String text = loc.toString();
        return text.toLowerCase(Locale.ROOT).startsWith("verilator") ? "// at " + text : "// " + text;
    }
}
