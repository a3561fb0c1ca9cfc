package io.accelforge.tpe;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** GEMM operands for engine and array tests: extreme-valued matrices, the ragged 36x98x47, and random shapes. */
public final class GemmCases {
    /** One GEMM's operands and a name for messages. */
    public record Case(String name, long[][] a, long[][] b) {}

    private GemmCases() {}

    /**
     * {@code count} GEMMs: first every pair of constant matrices of the extreme values (minimum,
     * maximum, zero, one, all ones) on random shapes, then the ragged 36x98x47 with random
     * operands (when {@code ragged}), then random shapes up to {@code maxDim} with random
     * operands (a quarter of the values extreme).
     */
    public static List<Case> of(Precision p, boolean signed, int count, int maxDim, boolean ragged, Random rnd) {
        List<Case> out = new ArrayList<>();
        List<Long> extremes = Operands.extremes(p, signed);
        for (long x : extremes) {
            for (long y : extremes) {
                if (out.size() == count) return out;
                int m = 1 + rnd.nextInt(maxDim), k = 1 + rnd.nextInt(maxDim), n = 1 + rnd.nextInt(maxDim);
                out.add(new Case("A all " + x + ", B all " + y, Operands.filled(m, k, x), Operands.filled(k, n, y)));
            }
        }
        if (ragged && out.size() < count) out.add(new Case("ragged 36x98x47", Operands.matrix(p, signed, 36, 98, rnd), Operands.matrix(p, signed, 98, 47, rnd)));
        while (out.size() < count) {
            int m = 1 + rnd.nextInt(maxDim), k = 1 + rnd.nextInt(maxDim), n = 1 + rnd.nextInt(maxDim);
            out.add(new Case("random #" + out.size(), Operands.matrix(p, signed, m, k, rnd), Operands.matrix(p, signed, k, n, rnd)));
        }
        return out;
    }
}
