package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import java.math.BigInteger;

/**
 * Parallel-prefix adder: sum = a + b + cin with the carries from a Kogge-Stone, Sklansky or
 * Brent-Kung network; same ports and arithmetic as {@link RippleAdder}.
 */
public final class PrefixAdder extends Module {
    public final Input a, b, cin;
    public final Output sum, cout;

    public PrefixAdder(PrefixAdderParams p) {
        super(p);
        a = input(UInt(p.width()));
        b = input(UInt(p.width()));
        cin = input(Bool());
        sum = output(UInt(p.width()));
        cout = output(Bool());

        PrefixAdders.Sum s = PrefixAdders.add(a, b, cin, p.network());
        sum.set(s.sum());
        cout.set(s.cout());
    }

    /** The arithmetic this block implements: {sum, cout} of a + b + cin (the ripple adder's). */
    public static BigInteger[] model(BigInteger a, BigInteger b, int cin, int width) {
        return RippleAdder.model(a, b, cin, width);
    }
}
