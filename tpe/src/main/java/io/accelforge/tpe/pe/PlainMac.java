package io.accelforge.tpe.pe;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;

/**
 * The plain MAC: a full-width multiply, the product sign- or zero-extended to the accumulator
 * width, one carry-propagate add. The accumulator is one word of {@link #resultType()}.
 */
public record PlainMac(Precision precision, boolean signed, int accWidth) implements PeArithmetic {
    @Override public PeKind kind() { return PeKind.PLAIN; }

    @Override public int rows() { return 1; }

    @Override public HwType rowType() { return resultType(); }

    @Override public List<Value> mac(List<? extends Value> acc, Value a, Value b) {
        return List.of(acc.getFirst().add(a.mulFull(b).ext(accWidth)));
    }

    @Override public Value resolve(List<? extends Value> acc) { return acc.getFirst(); }
}
