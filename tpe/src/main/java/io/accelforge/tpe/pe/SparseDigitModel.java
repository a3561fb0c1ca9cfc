package io.accelforge.tpe.pe;

import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cycle-exact golden model of sparsity-encoding hardware: {@code rows} encoders, each
 * shared by {@code cols} PEs, all in lockstep, accumulators draining through a chain
 * {@code rows} deep. {@link SparseDigitPe} is the 1 x 1 case, {@link SparseColumn} 1 x n, the
 * sparse-matrix array rows x cols (PE (r, c) accumulates a_r * b_c).
 *
 * <p>It knows nothing of carry-save rows or one-hot wires: per row the list of non-zero digits
 * still to go, per PE the exact sum. Use it like a simulator: read the outputs for the current
 * cycle ({@link #inReady}, {@link #drainReady}, {@link #outValid}, {@link #out}), then
 * {@link #step} with the inputs of that cycle.
 */
public final class SparseDigitModel {
    private final int rows, cols, accWidth;
    private final Precision precision;
    private final boolean signed;
    private final List<ArrayDeque<SparseDigits.Digit>> digits = new ArrayList<>();
    private final long[] multiplicand;
    private final long[][] acc;
    private int rowsLeft;

    public SparseDigitModel(int rows, int cols, Precision precision, boolean signed, int accWidth) {
        this.rows = rows;
        this.cols = cols;
        this.precision = precision;
        this.signed = signed;
        this.accWidth = accWidth;
        for (int r = 0; r < rows; r++) digits.add(new ArrayDeque<>());
        multiplicand = new long[cols];
        acc = new long[rows][cols];
    }

    public static SparseDigitModel of(SparseDigitPeParams p) { return new SparseDigitModel(1, 1, p.precision(), p.signed(), p.acc()); }

    public static SparseDigitModel of(SparseColumnParams p) { return new SparseDigitModel(1, p.n(), p.precision(), p.signed(), p.pe().acc()); }

    /** Not draining, and every row is on its last digit or has none. */
    public boolean inReady() {
        if (rowsLeft > 0) return false;
        for (ArrayDeque<SparseDigits.Digit> d : digits) if (d.size() > 1) return false;
        return true;
    }

    /** As {@link #inReady}, and no operands offered: offered operands go before a drain. */
    public boolean drainReady(boolean inValid) { return inReady() && !inValid; }

    public boolean outValid() { return rowsLeft > 0; }

    /** The bottom row's accumulator of column {@code c}: the drained value while outValid, the running sum otherwise. */
    public long out(int c) { return acc[rows - 1][c]; }

    /** One clock edge with these inputs ({@code a} per row, {@code b} per column; ignored unless taken). */
    public void step(boolean inValid, long[] a, long[] b, boolean drain) {
        boolean load = inValid && inReady();
        boolean startDrain = drain && drainReady(inValid);
        if (rowsLeft > 0) {
            for (int r = rows - 1; r > 0; r--) acc[r] = acc[r - 1];
            acc[0] = new long[cols];
            rowsLeft--;
        }
        for (int r = 0; r < rows; r++) {
            SparseDigits.Digit d = digits.get(r).poll();
            if (d == null) continue;
            for (int c = 0; c < cols; c++) acc[r][c] = Gemm.wrap(acc[r][c] + d.times(multiplicand[c]), accWidth, signed);
        }
        if (load) {
            if (a.length != rows || b.length != cols) {
                throw new IllegalArgumentException("expected " + rows + " a and " + cols + " b operands, got " + a.length + " and " + b.length);
            }
            for (int r = 0; r < rows; r++) digits.get(r).addAll(SparseDigits.nonZero(a[r], precision, signed));
            for (int c = 0; c < cols; c++) {
                SparseDigits.requireOperand(b[c], precision, signed);
                multiplicand[c] = b[c];
            }
        }
        if (startDrain) rowsLeft = rows;
    }

    @Override public String toString() {
        return "SparseDigitModel " + rows + "x" + cols + " rowsLeft=" + rowsLeft + " acc=" + Arrays.deepToString(acc);
    }
}
