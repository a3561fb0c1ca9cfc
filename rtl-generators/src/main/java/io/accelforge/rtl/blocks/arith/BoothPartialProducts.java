package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Radix-4 Booth encoder and partial-product generator. Bit j of {@code neg}, {@code one}
 * and {@code two} encode digit j of b (see {@link Booth.Digit}); {@code pp_j} is the row of
 * digit j, so that a * b = sum over j of (pp_j + neg[j]) * 4^j exactly.
 */
public final class BoothPartialProducts extends Module {
    public final Input a, b;
    public final Output neg, one, two;
    public final Vec<Output> pp;

    public BoothPartialProducts(BoothParams p) {
        super(p);
        BoothLayout l = p.layout();
        HwType in = p.signed() ? SInt(p.widthA()) : UInt(p.widthA());
        a = input(in);
        b = input(p.signed() ? SInt(p.widthB()) : UInt(p.widthB()));
        neg = output(UInt(l.digitCount()));
        one = output(UInt(l.digitCount()));
        two = output(UInt(l.digitCount()));
        pp = outputs(l.digitCount(), SInt(l.rowWidth()));

        List<Booth.Digit> digits = Booth.digits(b);
        List<Booth.PartialProduct> rows = Booth.partialProducts(a, digits);
        neg.set(packed(digits, Booth.Digit::neg));
        one.set(packed(digits, Booth.Digit::one));
        two.set(packed(digits, Booth.Digit::two));
        for (int j = 0; j < rows.size(); j++) pp.get(j).set(rows.get(j).row());
    }

    /** Digit j's bit at position j. */
    private static Value packed(List<Booth.Digit> digits, Function<Booth.Digit, Value> bit) {
        List<Value> bits = new ArrayList<>();
        for (Booth.Digit d : digits.reversed()) bits.add(bit.apply(d));
        return cat(bits);
    }
}
