package io.accelforge.tpe.engine;

import java.math.BigInteger;

/** Words of equal lanes (lane 0 in the low bits), as the command interface carries them. */
public final class Lanes {
    private Lanes() {}

    /** The lanes packed into 64-bit chunks, lowest first; each lane keeps its low {@code bits} bits. */
    public static long[] chunks(long[] lanes, int bits) {
        long[] out = new long[(lanes.length * bits + 63) / 64];
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int l = 0; l < lanes.length; l++) {
            long v = lanes[l] & mask;
            int off = l * bits, i = off >>> 6, sh = off & 63;
            out[i] |= v << sh;
            if (sh + bits > 64) out[i + 1] |= v >>> (64 - sh);
        }
        return out;
    }

    /** The lanes as one unsigned number. */
    public static BigInteger pack(long[] lanes, int bits) {
        long[] c = chunks(lanes, bits);
        byte[] be = new byte[c.length * 8];
        for (int i = 0; i < c.length; i++) {
            for (int b = 0; b < 8; b++) be[be.length - 1 - (i * 8 + b)] = (byte) (c[i] >>> (8 * b));
        }
        return new BigInteger(1, be);
    }

    /** Lane values out of a word: {@code out.length} lanes of {@code bits} bits, sign-extended when {@code signed}. */
    public static void unpack(BigInteger word, int bits, boolean signed, long[] out) {
        byte[] be = word.toByteArray();
        long[] c = new long[(out.length * bits + 63) / 64 + 1];
        for (int i = 0; i < be.length; i++) {
            int byteIndex = be.length - 1 - i;
            if (byteIndex / 8 < c.length) c[byteIndex / 8] |= (be[i] & 0xFFL) << (8 * (byteIndex % 8));
        }
        unpack(c, bits, signed, out);
    }

    /** The same from 64-bit chunks, lowest first. */
    public static void unpack(long[] c, int bits, boolean signed, long[] out) {
        for (int l = 0; l < out.length; l++) {
            int off = l * bits, i = off >>> 6, sh = off & 63;
            long v = c[i] >>> sh;
            if (sh + bits > 64 && i + 1 < c.length) v |= c[i + 1] << (64 - sh);
            out[l] = bits == 64 ? v : signed ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
        }
    }
}
