package io.accelforge.tpe.array;

import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;

/** One fold's operands: A is M x K, B is K x N; its result is C = A x B wrapped to the array's accumulator. */
public record Tile(long[][] a, long[][] b) {
    public Tile {
        if (a.length == 0 || b.length == 0 || a[0].length == 0 || b[0].length == 0) throw new IllegalArgumentException("a tile needs M, K, N >= 1");
        for (long[] row : a) if (row.length != b.length) throw new IllegalArgumentException("A's rows have " + row.length + " columns but B has " + b.length + " rows");
        for (long[] row : b) if (row.length != b[0].length) throw new IllegalArgumentException("B's rows differ in length");
    }

    public int m() { return a.length; }

    public int k() { return b.length; }

    public int n() { return b[0].length; }

    /** C = A x B, each element wrapped to an accWidth-bit accumulator of the given signedness. */
    public long[][] product(int accWidth, boolean signed) {
        long[][] c = Gemm.multiply(a, b);
        for (long[] row : c) for (int j = 0; j < row.length; j++) row[j] = Gemm.wrap(row[j], accWidth, signed);
        return c;
    }

    /** Fails unless every operand is a {@code precision} value of that signedness and the tile fits. */
    void check(Precision precision, boolean signed, int maxM, int maxK, int maxN, String shape) {
        if (m() > maxM || k() > maxK || n() > maxN) {
            throw new IllegalArgumentException("a " + m() + "x" + k() + "x" + n() + " tile does not fit: " + shape);
        }
        checkValues(a, precision, signed, "A");
        checkValues(b, precision, signed, "B");
    }

    private static void checkValues(long[][] x, Precision p, boolean signed, String name) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (x[i][j] < p.min(signed) || x[i][j] > p.max(signed)) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] = " + x[i][j] + " is not " + (signed ? "a signed " : "an unsigned ") + p
                            + " value (" + p.min(signed) + ".." + p.max(signed) + ")");
                }
            }
        }
    }
}
