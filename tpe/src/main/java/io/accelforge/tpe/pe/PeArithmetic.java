package io.accelforge.tpe.pe;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of one systolic PE kind as pure value builders (no wires, no registers), so
 * a PE module, an array or a test fixture can use it. An accumulator is kept in a stored form
 * of {@link #rows()} words of {@link #rowType()}: one word for PLAIN, a sum and a carry row
 * for OPT1. {@link #mac} adds a product to a stored accumulator and gives the next stored
 * form; {@link #resolve} turns a stored form into its value. All arithmetic is modulo
 * 2^accWidth, read by the operands' signedness: {@link #model} is the golden arithmetic.
 */
public sealed interface PeArithmetic permits PlainMac, CompressedMac {
    /** The PE kinds a systolic array can be built from. */
    List<PeKind> SYSTOLIC_KINDS = List.of(PeKind.PLAIN, PeKind.OPT1);

    static PeArithmetic of(PeKind kind, Precision precision, boolean signed, int accWidth) {
        requireSystolic(kind);
        return kind == PeKind.PLAIN ? new PlainMac(precision, signed, accWidth) : new CompressedMac(precision, signed, accWidth);
    }

    /** Fails with a {@link ParamException} naming the kinds that apply when {@code kind} is not one of them. */
    static void requireSystolic(PeKind kind) {
        if (kind == null || !SYSTOLIC_KINDS.contains(kind)) {
            throw new ParamException("parameter 'pe' = " + (kind == null ? "null" : kind.name().toLowerCase(Locale.ROOT))
                    + " does not apply to systolic arrays; use one of: "
                    + String.join(", ", SYSTOLIC_KINDS.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    PeKind kind();

    Precision precision();

    boolean signed();

    int accWidth();

    /** Words in the stored accumulator. */
    int rows();

    /** The type of each stored word. */
    HwType rowType();

    /** acc + a * b modulo 2^accWidth, in stored form; for OPT1, b is the radix-4 Booth-recoded operand. */
    List<Value> mac(List<? extends Value> acc, Value a, Value b);

    /** The value of a stored accumulator, as {@link #resultType()} (for OPT1: the carry-propagate add). */
    Value resolve(List<? extends Value> acc);

    /** An operand: {@code precision.type(signed)}. */
    default HwType operandType() { return precision().type(signed()); }

    /** A resolved accumulator: accWidth bits, signed like the operands. */
    default HwType resultType() { return signed() ? Hcl.SInt(accWidth()) : Hcl.UInt(accWidth()); }

    /** The stored form of zero. */
    default List<Value> zeros() {
        List<Value> z = new ArrayList<>(rows());
        for (int r = 0; r < rows(); r++) z.add(Hcl.lit(0, rowType()));
        return z;
    }

    /** {@code acc}, or zero where {@code cond} (a Bool) is high: how an accumulator restarts. */
    default List<Value> clearedWhen(Value cond, List<? extends Value> acc) {
        List<Value> out = new ArrayList<>(rows());
        for (Value row : acc) out.add(Hcl.mux(cond, Hcl.lit(0, rowType()), row));
        return out;
    }

    /** The golden arithmetic of every kind: acc + a * b, wrapped to an accWidth-bit accumulator of the operands' signedness. */
    default long model(long acc, long a, long b) { return Gemm.wrap(acc + a * b, accWidth(), signed()); }
}
