package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;

/**
 * Operand and drain handshakes of sparsity-encoding PEs, columns and arrays, whose
 * accumulators drain through a chain {@code rows} deep.
 *
 * <ul>
 * <li>{@code inReady} = not draining and every encoder is on its {@code last} digit (or has
 *     none): the next operands are taken the cycle the current digits run out, so a MAC
 *     costs max(1, non-zero digits) cycles with no gap. {@code load} = inValid and inReady.
 * <li>{@code drainReady} = not draining, every encoder on its last digit, and no operand
 *     offered ({@code inValid} low): an offered operand goes first, so a drain never
 *     overtakes data. The last digit is accumulated at the same edge the drain is taken.
 * <li>A drain taken at the end of cycle t makes cycles t+1 .. t+rows drain cycles:
 *     {@code outValid} and {@code shift} are high, and the chain moves one row per cycle.
 * </ul>
 */
public final class SparseDrainControl extends Module {
    /** The depth of the drain chain; it names the Verilog module. */
    public record Depth(int rows) {}

    public final Input inValid, drain, allLast;
    public final Output inReady, drainReady, load, shift, outValid;
    private final Reg rowsLeft;

    public SparseDrainControl(Depth p) {
        super(p);
        inValid = input(Bool());
        drain = input(Bool());
        allLast = input(Bool());
        inReady = output(Bool());
        drainReady = output(Bool());
        load = output(Bool());
        shift = output(Bool());
        outValid = output(Bool());

        rowsLeft = reg(UInt(Hcl.bitsFor(p.rows()))).init(0);
        Value draining = rowsLeft.ne(0);
        Value open = draining.not().and(allLast);
        Value drainOpen = open.and(inValid.not());
        inReady.set(open);
        load.set(open.and(inValid));
        drainReady.set(drainOpen);
        shift.set(draining);
        outValid.set(draining);
        when(drainOpen.and(drain), () -> rowsLeft.set(p.rows()))
                .elseWhen(draining, () -> rowsLeft.set(rowsLeft.sub(1)));
    }
}
