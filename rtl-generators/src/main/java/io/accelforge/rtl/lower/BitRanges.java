package io.accelforge.rtl.lower;

import java.util.BitSet;

/** Formats a set of bit indices as Verilog-style ranges, most significant first: [7:4,1]. */
public final class BitRanges {
    private BitRanges() {}

    public static String format(BitSet bits) {
        StringBuilder sb = new StringBuilder("[");
        int hi = bits.length() - 1;
        while (hi >= 0) {
            int lo = hi;
            while (lo > 0 && bits.get(lo - 1)) lo--;
            if (sb.length() > 1) sb.append(',');
            sb.append(hi == lo ? String.valueOf(hi) : hi + ":" + lo);
            hi = bits.previousSetBit(lo - 1);
        }
        return sb.append(']').toString();
    }

    public static BitSet range(int hi, int lo) {
        BitSet b = new BitSet(hi + 1);
        b.set(lo, hi + 1);
        return b;
    }
}
