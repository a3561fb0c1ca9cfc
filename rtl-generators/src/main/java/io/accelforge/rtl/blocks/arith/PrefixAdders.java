package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Parallel-prefix carry-propagate adders as pure value builders (no wires, no {@code +}).
 * Each bit gives a generate/propagate pair g = a&b, p = a^b; the carry-in is one more pair
 * below bit 0 (g = cin, p = 0); a {@link PrefixNetwork} joins the pairs with
 * (g, p) o (g', p') = (g | p&g', p&p'), so the group generate of pairs i..0 is the carry into
 * bit i. Bit weights are the usual ones: bit i of a, b and sum weighs 2^i, cin weighs 1,
 * cout weighs 2^W.
 */
public final class PrefixAdders {
    private PrefixAdders() {}

    /** {@code sum} is UInt(W), {@code cout} a Bool: a + b + cin = sum + 2^W * cout. */
    public record Sum(Value sum, Value cout) {}

    private record GroupPg(Value g, Value p) {}

    /** a + b + cin for unsigned words of one width W. */
    public static Sum add(Value a, Value b, Value cin, PrefixNetwork network) {
        if (a.width() != b.width()) {
            throw new HclException("prefix adder operands must have one width, got " + a.type() + " and " + b.type(),
                    "extend the narrower operand first (zext/sext)");
        }
        if (!cin.type().isBool()) throw new HclException("carry-in must be a Bool, got " + cin.type(), null);
        int w = a.width();
        List<Value> aBits = BitList.of(a), bBits = BitList.of(b);
        List<GroupPg> pairs = new ArrayList<>(w + 1);
        List<Value> propagate = new ArrayList<>(w);
        pairs.add(new GroupPg(cin, FALSE()));
        for (int i = 0; i < w; i++) {
            Value x = aBits.get(i), y = bBits.get(i);
            Value p = Gates.xor(x, y);
            propagate.add(p);
            pairs.add(new GroupPg(Gates.and(x, y), p));
        }
        List<GroupPg> prefix = network.scan(pairs, (hi, lo) ->
                new GroupPg(Gates.or(hi.g(), Gates.and(hi.p(), lo.g())), Gates.and(hi.p(), lo.p())));
        List<Value> sumBits = new ArrayList<>(w);
        for (int i = w - 1; i >= 0; i--) sumBits.add(Gates.xor(propagate.get(i), prefix.get(i).g()));
        return new Sum(cat(sumBits), prefix.get(w).g());
    }

    /** a + b modulo 2^W (the carry out is dropped on purpose); UInt(W). */
    public static Value addWrapping(Value a, Value b, PrefixNetwork network) {
        return add(a, b, FALSE(), network).sum();
    }
}
