package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.sim.tb.Seeds;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both tree tiles give the exact dot product, exactly {@code stages} cycles after the operands, at every pipeline depth. */
class TreeDotTest {
    record Case(TreeDotParams p, boolean sameBitWeight) {
        @Override public String toString() { return (sameBitWeight ? "opt2 " : "plain ") + p; }
    }

    static Stream<Case> tiles() {
        List<Case> all = new ArrayList<>();
        for (Precision pr : Precision.values()) {
            for (boolean signed : new boolean[] {true, false}) {
                for (int k : new int[] {1, 3, 4}) {
                    TreeDotParams zero = new TreeDotParams(k, pr, signed, 0);
                    for (int s = 0; s <= TreePlainDot.levels(zero); s++) all.add(new Case(new TreeDotParams(k, pr, signed, s), false));
                    for (int s = 0; s <= SameBitWeightTree.levels(zero); s += k == 4 && pr != Precision.INT4 ? 3 : 1) {
                        all.add(new Case(new TreeDotParams(k, pr, signed, s), true));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("tiles")
    void givesTheExactDotProductStagesCyclesLater(Case c) {
        TreeDotParams p = c.p();
        long seed = Seeds.next();
        System.out.println("tree dot " + c + ": " + Seeds.describe(seed));
        Random rnd = new Random(seed);
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed());
        List<long[][]> vectors = new ArrayList<>();
        for (long[] pair : new long[][] {{lo, lo}, {hi, hi}, {lo, hi}, {0, lo}, {p.signed() ? -1 : hi, p.signed() ? -1 : hi}}) {
            vectors.add(new long[][] {filled(p.k(), pair[0]), filled(p.k(), pair[1])});
        }
        for (int i = 0; i < 40; i++) vectors.add(new long[][] {random(rnd, p), random(rnd, p)});
        Function<TreeDotParams, Module> build = c.sameBitWeight() ? SameBitWeightTree::new : TreePlainDot::new;
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> build.apply(p)))) {
            // a new pair every cycle; each dot product shows `stages` cycles after its operands
            for (int t = 0; t < vectors.size() + p.stages(); t++) {
                if (t < vectors.size()) drive(sim, p, c.sameBitWeight(), vectors.get(t));
                int from = t - p.stages();
                if (from >= 0) {
                    long[][] v = vectors.get(from);
                    assertEquals(dot(v[0], v[1]), sim.peek("dot"), c + ": a=" + Arrays.toString(v[0]) + " b=" + Arrays.toString(v[1]));
                }
                sim.step();
            }
        }
    }

    private static void drive(Interpreter sim, TreeDotParams p, boolean sameBitWeight, long[][] v) {
        for (int i = 0; i < p.k(); i++) {
            sim.poke("bIn_" + i, v[1][i]);
            if (sameBitWeight) sim.poke("digitsIn_" + i, BoothDigits.packed(v[0][i], p.precision().bits(), p.signed()));
            else sim.poke("aIn_" + i, v[0][i]);
        }
    }

    @Test void plainTreeHasAPlaceForARegisterAfterTheProductsAndAfterEachAdderLevel() {
        assertEquals(5, TreePlainDot.levels(new TreeDotParams(16, Precision.INT8, true, 0)));
        assertEquals(1, TreePlainDot.levels(new TreeDotParams(1, Precision.INT8, true, 0)));
    }

    @Test void spreadsRegistersEvenlyWithTheLastAfterTheFinalLevel() {
        assertEquals(List.of(3, 5), new TreeDotParams(16, Precision.INT8, true, 2).cuts(5));
        assertEquals(List.of(1, 2, 3, 4, 5), new TreeDotParams(16, Precision.INT8, true, 5).cuts(5));
        assertEquals(List.of(14), new TreeDotParams(16, Precision.INT8, true, 1).cuts(14));
    }

    @Test void rejectsMoreRegistersThanPlaces() {
        ParamException e = assertThrows(ParamException.class, () -> new TreeDotParams(16, Precision.INT8, true, 6).cuts(5));
        assertTrue(e.getMessage().contains("'stages' = 6") && e.getMessage().contains("5 levels"), e.getMessage());
    }

    static long dot(long[] a, long[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static long[] filled(int k, long v) {
        long[] out = new long[k];
        Arrays.fill(out, v);
        return out;
    }

    private static long[] random(Random rnd, TreeDotParams p) {
        long lo = p.precision().min(p.signed()), hi = p.precision().max(p.signed());
        long[] out = new long[p.k()];
        for (int i = 0; i < out.length; i++) out[i] = lo + (long) (rnd.nextDouble() * (hi - lo + 1));
        return out;
    }
}
