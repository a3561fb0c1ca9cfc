package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import java.math.BigInteger;

/**
 * Word-level 4:2 compressor: x + y + z + w + cin = sum + 2*carry + 2^W * cout, every word
 * unsigned W bits; bit i of carry weighs 2^(i+1). Inside, position i passes its first
 * adder's carry to position i+1 (not through the row: that carry never depends on the
 * carry it receives), and cin/cout chain rows side by side into wider compressors.
 */
public final class Compressor42 extends Module {
    public final Input x, y, z, w, cin;
    public final Output sum, carry, cout;

    public Compressor42(AdderParams p) {
        super(p);
        x = input(UInt(p.width()));
        y = input(UInt(p.width()));
        z = input(UInt(p.width()));
        w = input(UInt(p.width()));
        cin = input(Bool());
        sum = output(UInt(p.width()));
        carry = output(UInt(p.width()));
        cout = output(Bool());

        Compressors.Compressed42 c = Compressors.compress42(x, y, z, w, cin);
        sum.set(c.sum());
        carry.set(c.carry());
        cout.set(c.cout());
    }

    /**
     * The arithmetic, cell by cell as the textbook 4:2 cell: {sum, carry, cout}. Each cell
     * adds x, y, z into (s, c_out), then s, w and the cell's carry-in into (sum, carry).
     */
    public static BigInteger[] model(BigInteger x, BigInteger y, BigInteger z, BigInteger w, int cin, int width) {
        BigInteger sum = BigInteger.ZERO, carry = BigInteger.ZERO;
        int chain = cin;
        for (int i = 0; i < width; i++) {
            int a = bit(x, i), b = bit(y, i), c = bit(z, i), d = bit(w, i);
            int s1 = a ^ b ^ c;
            int c1 = (a + b + c) >> 1;
            int s2 = s1 ^ d ^ chain;
            int c2 = (s1 + d + chain) >> 1;
            if (s2 == 1) sum = sum.setBit(i);
            if (c2 == 1) carry = carry.setBit(i);
            chain = c1;
        }
        return new BigInteger[] {sum, carry, BigInteger.valueOf(chain)};
    }

    private static int bit(BigInteger v, int i) { return v.testBit(i) ? 1 : 0; }
}
