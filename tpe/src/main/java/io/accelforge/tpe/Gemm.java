package io.accelforge.tpe;

/** The golden GEMM: exact C = A x B over longs (operands are at most 16 bits, so no overflow below K = 2^31). */
public final class Gemm {
    private Gemm() {}

    public static long[][] multiply(long[][] a, long[][] b) {
        int m = a.length;
        int k = b.length;
        int n = b[0].length;
        if (a[0].length != k) throw new IllegalArgumentException("A is " + m + "x" + a[0].length + " but B is " + k + "x" + n + ": inner dimensions differ");
        long[][] c = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int kk = 0; kk < k; kk++) {
                long x = a[i][kk];
                if (x == 0) continue;
                for (int j = 0; j < n; j++) c[i][j] += x * b[kk][j];
            }
        }
        return c;
    }

    /** {@code v} wrapped to a {@code width}-bit two's-complement (signed) or unsigned accumulator. */
    public static long wrap(long v, int width, boolean signed) {
        if (width >= 64) return v;
        long m = (1L << width) - 1;
        long u = v & m;
        return signed && (u >>> (width - 1)) != 0 ? u - (1L << width) : u;
    }
}
