package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import java.math.BigInteger;

/**
 * Carry-save adder (a word of 3:2 counters, no carry chain): x + y + z = sum + 2*carry,
 * every port an unsigned W-bit word; bit i of carry weighs 2^(i+1).
 */
public final class CarrySaveAdder extends Module {
    public final Input x, y, z;
    public final Output sum, carry;

    public CarrySaveAdder(AdderParams p) {
        super(p);
        x = input(UInt(p.width()));
        y = input(UInt(p.width()));
        z = input(UInt(p.width()));
        sum = output(UInt(p.width()));
        carry = output(UInt(p.width()));

        Compressors.SumCarry s = Compressors.csa(x, y, z);
        sum.set(s.sum());
        carry.set(s.carry());
    }

    /** The arithmetic: {sum, carry} with sum = bitwise parity, carry = bitwise majority. */
    public static BigInteger[] model(BigInteger x, BigInteger y, BigInteger z) {
        BigInteger sum = x.xor(y).xor(z);
        BigInteger carry = x.and(y).or(x.and(z)).or(y.and(z));
        return new BigInteger[] {sum, carry};
    }
}
