package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.bitsFor;

import io.accelforge.rtl.blocks.arith.PrefixAdders;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.pe.Matrix2dCarrySavePe;
import io.accelforge.tpe.pe.Matrix2dPeParams;
import io.accelforge.tpe.pe.Matrix2dPlainPe;

/**
 * 2D-Matrix: rows x cols PEs, output stationary. Each cycle a column of A (one value per
 * row) is broadcast along the rows and a row of B (one value per column) along the columns;
 * PE (r, c) accumulates a[r] * b[c]. No skew: every PE works on the same k each cycle.
 *
 * <p>Port protocol (one tile of C at a time; the same drain as the systolic output-stationary array):
 * <ul>
 *   <li>{@code aIn_r} = A[r][k], {@code bIn_c} = B[k][c] with {@code valid}, one k per cycle
 *       (k = 0..K-1 at cycles 0..K-1); {@code first} with k = 0 (the accumulators load
 *       instead of adding, so tiles need no clearing).</li>
 *   <li>{@code drain} is pulsed at a cycle D >= K - 1 (at the earliest with the last k, whose
 *       products still count). At cycles D+1..D+rows {@code cValid} is high and
 *       {@code cOut_c} carries C[rows-1-t][c] at cycle D+1+t, the bottom row first: each of
 *       those cycles every column shifts down one row (zeros enter the top). While draining,
 *       {@code valid} and further {@code drain} pulses are ignored; the next tile's k = 0 may
 *       come at D + rows + 1.</li>
 * </ul>
 * So a tile occupies the array for K + rows cycles. OPT1 accumulators are two carry-save rows
 * that drain as they are; the only adders are the cols carry-propagate adders below the
 * bottom row, between it and {@code cOut}. Accumulators wrap at
 * {@link Matrix2dParams#accumulatorWidth()} bits, exact up to kMax products. Only the drain
 * counter is reset.
 */
public final class Matrix2dArray extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input valid, first, drain;
    public final Vec<Output> cOut;
    public final Output cValid;
    private final Module[][] pe;
    private final Reg drainLeft;
    private final Wire draining;

    public Matrix2dArray(Matrix2dParams p) {
        super(p);
        Matrix2dPeParams pp = p.peParams();
        aIn = inputs(p.rows(), pp.operand());
        bIn = inputs(p.cols(), pp.operand());
        valid = input(Bool());
        first = input(Bool());
        drain = input(Bool());
        cOut = outputs(p.cols(), pp.accumulator());
        cValid = output(Bool());

        drainLeft = reg(UInt(bitsFor(p.rows()))).init(0);
        draining = wire(drainLeft.ne(0));
        when(draining, () -> drainLeft.set(drainLeft.sub(1)))
                .elseWhen(drain, () -> drainLeft.set(p.rows()));
        pe = new Module[p.rows()][p.cols()];
        for (int c = 0; c < p.cols(); c++) cOut.get(c).set(p.pe() == PeKind.OPT1 ? carrySaveColumn(p, pp, c) : plainColumn(p, pp, c));
        cValid.set(draining);
    }

    private Value plainColumn(Matrix2dParams p, Matrix2dPeParams pp, int c) {
        Value above = pp.accumulator().lit(0);
        for (int r = 0; r < p.rows(); r++) {
            Matrix2dPlainPe cell = instance(new Matrix2dPlainPe(pp));
            pe[r][c] = cell;
            connect(cell.a, cell.b, cell.valid, cell.first, cell.drain, r, c);
            cell.accIn.set(above);
            above = cell.accOut;
        }
        return above;
    }

    /** The column drains in carry-save form; one adder under the bottom row. */
    private Value carrySaveColumn(Matrix2dParams p, Matrix2dPeParams pp, int c) {
        Value sum = UInt(pp.accWidth()).lit(0), carry = UInt(pp.accWidth()).lit(0);
        for (int r = 0; r < p.rows(); r++) {
            Matrix2dCarrySavePe cell = instance(new Matrix2dCarrySavePe(pp));
            pe[r][c] = cell;
            connect(cell.a, cell.b, cell.valid, cell.first, cell.drain, r, c);
            cell.sumIn.set(sum);
            cell.carryIn.set(carry);
            sum = cell.sumOut;
            carry = cell.carryOut;
        }
        Value total = PrefixAdders.addWrapping(sum, carry, PrefixNetwork.KOGGE_STONE);
        return p.signed() ? total.asSInt() : total;
    }

    private void connect(Input a, Input b, Input v, Input f, Input d, int r, int c) {
        a.set(aIn.get(r));
        b.set(bIn.get(c));
        v.set(valid);
        f.set(first);
        d.set(draining);
    }

    public static String aPort(int r) { return "aIn_" + r; }

    public static String bPort(int c) { return "bIn_" + c; }

    /** Result lane c is {@code cOut_c}. */
    public static String cPort(int c) { return "cOut_" + c; }
}
