package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.TRUE;

import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.OpKind;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The bits of a value, least significant first, looking through concatenations,
 * extensions, casts, slices and constants to the bits they are made of. A word assembled
 * from single bits (the rows of a compressor tree) thus gives back those same bits, and
 * constant ones come back as literals that {@link Gates} can fold.
 */
public final class BitList {
    private BitList() {}

    public static List<Value> of(Value v) {
        List<Value> out = new ArrayList<>(v.width());
        collect(v, out);
        return out;
    }

    private static void collect(Value v, List<Value> out) {
        switch (v) {
            case Literal l -> {
                for (int i = 0; i < l.width(); i++) out.add(l.bits().testBit(i) ? TRUE() : FALSE());
            }
            case Op op when op.kind() == OpKind.CAT -> {
                for (Value part : op.args().reversed()) collect(part, out);
            }
            case Op op when op.kind() == OpKind.CAST -> collect(op.arg(0), out);
            case Op op when op.kind() == OpKind.ZEXT || op.kind() == OpKind.SEXT -> {
                int from = out.size();
                collect(op.arg(0), out);
                Value fill = op.kind() == OpKind.SEXT ? out.getLast() : FALSE();
                while (out.size() - from < op.width()) out.add(fill);
            }
            case Op op when op.kind() == OpKind.SLICE -> {
                List<Value> inner = of(op.arg(0));
                out.addAll(inner.subList(op.lo(), op.hi() + 1));
            }
            default -> {
                for (int i = 0; i < v.width(); i++) out.add(v.bit(i));
            }
        }
    }
}
