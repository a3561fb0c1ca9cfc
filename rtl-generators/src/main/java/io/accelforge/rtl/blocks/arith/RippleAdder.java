package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Ripple-carry adder: sum = a + b + cin, a chain of full adders with one carry wire per bit. */
public final class RippleAdder extends Module {
    public final Input a, b, cin;
    public final Output sum, cout;
    private final Vec<Wire> carry;

    public RippleAdder(AdderParams p) {
        super(p);
        int w = p.width();
        a = input(UInt(w));
        b = input(UInt(w));
        cin = input(Bool());
        sum = output(UInt(w));
        cout = output(Bool());

        carry = wires(w + 1, Bool());
        carry.get(0).set(cin);
        List<Value> bits = new ArrayList<>(w);
        for (int i = 0; i < w; i++) {
            Value x = a.bit(i), y = b.bit(i), c = carry.get(i);
            bits.addFirst(x.xor(y).xor(c));
            carry.get(i + 1).set(x.and(y).or(c.and(x.xor(y))));
        }
        sum.set(cat(bits));
        cout.set(carry.get(w));
    }

    /** The arithmetic this block implements: {sum, cout} of a + b + cin. */
    public static BigInteger[] model(BigInteger a, BigInteger b, int cin, int width) {
        BigInteger s = a.add(b).add(BigInteger.valueOf(cin));
        return new BigInteger[] {s.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)), s.shiftRight(width)};
    }
}
