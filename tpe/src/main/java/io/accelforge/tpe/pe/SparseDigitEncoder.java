package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.blocks.arith.Booth;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The encoder of sparsity-encoding PEs (one per OPT3 PE; one per column of OPT4C PEs, whose
 * digits it broadcasts): holds the A operand, recodes it into radix-4 Booth digits and hands
 * out one non-zero digit per cycle, lowest weight first, as {@code neg}/{@code one}/{@code two}
 * (the digit is (neg ? -1 : 1) * (one ? 1 : two ? 2 : 0)) and a one-hot {@code position}
 * (weight 4^j for bit j). {@code busy}: a digit is out this cycle. {@code last}: at most one
 * digit is left, so after this cycle the operand is done and a new one may {@code load}.
 *
 * <p>The recoder sits after the operand register, and a {@code done} mask (one bit per digit)
 * records which digits were handed out: W + D flip-flops, no stored digits.
 */
public final class SparseDigitEncoder extends Module {
    /** The operand format the encoder is built for; it names the Verilog module. */
    public record Format(Precision precision, boolean signed) {}

    public final Input a, load;
    public final Output neg, one, two, position, busy, last;
    private final Reg operand, done;
    private final Wire pending, lowest;

    public SparseDigitEncoder(Format f) {
        super(f);
        a = input(f.precision().type(f.signed()));
        load = input(Bool());
        neg = output(Bool());
        one = output(Bool());
        two = output(Bool());
        int d = SparseDigits.digitCount(f.precision(), f.signed());
        position = output(UInt(d));
        busy = output(Bool());
        last = output(Bool());

        operand = reg(a.type()).init(0);
        done = reg(UInt(d)).init(0);
        List<Booth.Digit> digits = Booth.digits(operand);
        pending = wire(word(digits, x -> x.one().or(x.two())).and(done.not()));
        // x & -x isolates the lowest set bit: the digit handed out this cycle
        lowest = wire(pending.and(pending.neg()));
        position.set(lowest);
        neg.set(anySelected(digits, Booth.Digit::neg));
        one.set(anySelected(digits, Booth.Digit::one));
        two.set(anySelected(digits, Booth.Digit::two));
        busy.set(pending.orR());
        last.set(pending.and(pending.sub(1)).eq(0));

        when(load, () -> {
            operand.set(a);
            done.set(0);
        }).elseWhen(pending.orR(), () -> done.set(done.or(lowest)));
    }

    /** The Bools {@code f(d_j)} as a UInt, digit j at bit j. */
    private static Value word(List<Booth.Digit> digits, Function<Booth.Digit, Value> f) {
        List<Value> bits = new ArrayList<>();
        for (Booth.Digit x : digits.reversed()) bits.add(f.apply(x));
        return cat(bits);
    }

    /** f of the digit that {@code lowest} selects (0 when none is). */
    private Value anySelected(List<Booth.Digit> digits, Function<Booth.Digit, Value> f) {
        return word(digits, f).and(lowest).orR();
    }
}
