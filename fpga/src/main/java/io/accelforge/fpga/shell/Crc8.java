package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * CRC-8 with polynomial x^8 + x^2 + x + 1 (0x07), initial value 0, MSB first, no final XOR
 * (the check value of "123456789" is 0xF4): the frame check of the shell protocol. One byte
 * at a time, as Java and as hardware (an XOR network of the old CRC and the byte).
 */
public final class Crc8 {
    static final int POLY = 0x07;

    private Crc8() {}

    /** The CRC after {@code data} (one byte) when it was {@code crc} before. */
    public static int update(int crc, int data) {
        int c = (crc ^ data) & 0xFF;
        for (int i = 0; i < 8; i++) c = (c & 0x80) != 0 ? ((c << 1) ^ POLY) & 0xFF : (c << 1) & 0xFF;
        return c;
    }

    /** The CRC of {@code bytes[from, to)} starting from 0. */
    public static int of(byte[] bytes, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) c = update(c, bytes[i] & 0xFF);
        return c;
    }

    /**
     * The same step in hardware: each output bit is the XOR of the input bits that the
     * bitwise algorithm above folds into it (found by running it on bit masks).
     */
    public static Value next(Value crc, Value data) {
        if (crc.width() != 8 || data.width() != 8 || crc.signed() || data.signed()) {
            throw new IllegalArgumentException("Crc8.next takes two UInt(8), got " + crc.type() + " and " + data.type());
        }
        // masks over 16 inputs: bits 0..7 of the old CRC, then bits 0..7 of the data byte
        int[] m = new int[8];
        for (int i = 0; i < 8; i++) m[i] = (1 << i) | (1 << (8 + i));
        for (int step = 0; step < 8; step++) {
            int top = m[7];
            for (int i = 7; i > 0; i--) m[i] = m[i - 1] ^ (((POLY >> i) & 1) != 0 ? top : 0);
            m[0] = (POLY & 1) != 0 ? top : 0;
        }
        List<Value> bits = new ArrayList<>(8);
        for (int i = 7; i >= 0; i--) {
            Value x = null;
            for (int j = 0; j < 16; j++) {
                if ((m[i] >> j & 1) == 0) continue;
                Value b = j < 8 ? crc.bit(j) : data.bit(j - 8);
                x = x == null ? b : x.xor(b);
            }
            bits.add(x);
        }
        return cat(bits);
    }
}
