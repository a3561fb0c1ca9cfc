package io.accelforge.tpe.pe;

import io.accelforge.rtl.blocks.arith.BoothModel;
import java.math.BigInteger;

/** {@link SameBitWeightTree#encode} on numbers, from the golden Booth model: digit j in bits 3j (neg), 3j+1 (one), 3j+2 (two). */
final class BoothDigits {
    private BoothDigits() {}

    static long packed(long a, int bits, boolean signed) {
        BigInteger v = BigInteger.valueOf(a);
        int[] d = BoothModel.digits(v, bits, signed);
        long out = 0;
        for (int j = 0; j < d.length; j++) {
            long neg = BoothModel.neg(v, j), one = Math.abs(d[j]) == 1 ? 1 : 0, two = Math.abs(d[j]) == 2 ? 1 : 0;
            out |= (neg | one << 1 | two << 2) << (3 * j);
        }
        return out;
    }
}
