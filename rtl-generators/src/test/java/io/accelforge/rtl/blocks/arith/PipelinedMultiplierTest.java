package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PipelinedMultiplierTest {
    private record Built(PipelinedMultiplier top, Interpreter sim) {}

    private static Built build(MultiplierParams p) {
        PipelinedMultiplier[] top = new PipelinedMultiplier[1];
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> top[0] = new PipelinedMultiplier(p)));
        sim.reset(2);
        return new Built(top[0], sim);
    }

    private static MultiplierParams params(int wa, int wb, boolean signed, int stages, TreeKind tree, PrefixNetwork adder) {
        return new MultiplierParams(wa, wb, signed, stages, tree, adder);
    }

    /** Every register count an 8 x 8 multiplier allows, signed and unsigned, both trees. */
    static Stream<Arguments> everyDepthOfEightByEight() {
        List<Arguments> out = new ArrayList<>();
        for (boolean signed : new boolean[] {true, false}) {
            for (TreeKind tree : TreeKind.values()) {
                int max = params(8, 8, signed, 0, tree, PrefixNetwork.KOGGE_STONE).maxStages();
                for (int s = 0; s <= max; s++) out.add(Arguments.of(params(8, 8, signed, s, tree, PrefixNetwork.values()[s % 3])));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> otherShapes() {
        return Stream.of(
                params(1, 1, true, 2, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE),
                params(1, 1, false, 1, TreeKind.WALLACE, PrefixNetwork.SKLANSKY),
                params(3, 5, true, 3, TreeKind.WALLACE, PrefixNetwork.BRENT_KUNG),
                params(5, 2, false, 0, TreeKind.DADDA, PrefixNetwork.SKLANSKY),
                params(16, 16, true, 4, TreeKind.DADDA, PrefixNetwork.SKLANSKY),
                params(32, 17, false, 3, TreeKind.WALLACE, PrefixNetwork.KOGGE_STONE),
                params(64, 64, true, 5, TreeKind.DADDA, PrefixNetwork.BRENT_KUNG),
                params(64, 63, false, 2, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE)).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("everyDepthOfEightByEight")
    void streamsAProductEveryCycleAfterExactlyLatencyCycles(MultiplierParams p) {
        stream(p, 120);
    }

    @ParameterizedTest
    @MethodSource("otherShapes")
    void streamsProductsOfOtherShapesAfterExactlyLatencyCycles(MultiplierParams p) {
        stream(p, 150);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void multipliesEveryEightBitPairStreamedThroughThePipeline(boolean signed) {
        Built m = build(params(8, 8, signed, 3, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE));
        int lat = m.top().latency();
        long lo = signed ? -128 : 0;
        List<long[]> sent = new ArrayList<>();
        for (int t = 0; t < 65536 + lat; t++) {
            if (t < 65536) {
                long a = lo + (t >> 8), b = lo + (t & 255);
                m.sim().poke("a", a);
                m.sim().poke("b", b);
                sent.add(new long[] {a, b});
            }
            if (t >= lat) {
                long[] in = sent.get(t - lat);
                long got = m.sim().peek("product");
                if (got != in[0] * in[1]) assertEquals(in[0] * in[1], got, "product of a=" + in[0] + " b=" + in[1] + " at cycle " + t);
            }
            m.sim().step();
        }
    }

    @Test
    void latencyIsTheStageCountAndEachCutPointIsUsedOnce() {
        for (TreeKind tree : TreeKind.values()) {
            MultiplierParams top = params(16, 16, true, 0, tree, PrefixNetwork.KOGGE_STONE);
            for (int s = 0; s <= top.maxStages(); s++) {
                MultiplierParams p = params(16, 16, true, s, tree, PrefixNetwork.KOGGE_STONE);
                List<Integer> cuts = p.cutPoints();
                assertEquals(s, cuts.size(), "cut points of " + p + ": " + cuts);
                assertEquals(s, cuts.stream().distinct().count(), "distinct cut points of " + p + ": " + cuts);
                assertTrue(cuts.stream().allMatch(c -> c >= 0 && c <= p.treeStages() + 1), "cut points in range for " + p + ": " + cuts);
                assertEquals(s, build(p).top().latency(), "latency of " + p);
            }
        }
    }

    @Test
    void registersAfterPartialProductsInsideTheTreeAndAfterTheAdderFirst() {
        MultiplierParams p = params(8, 8, true, 3, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE);
        int s = p.treeStages();
        assertEquals(List.of(s + 1), params(8, 8, true, 1, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE).cutPoints());
        assertEquals(List.of(0, s + 1), params(8, 8, true, 2, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE).cutPoints());
        List<Integer> cuts = p.cutPoints();
        assertEquals(3, cuts.size(), "cuts " + cuts);
        assertTrue(cuts.get(1) >= 1 && cuts.get(1) <= s, "the third register sits inside the tree (1.." + s + "): " + cuts);
    }

    @Test
    void eightBitSignedTreeHasTheStagesOfItsTallestColumn() {
        // 4 rows, 4 negate bits and the constant: the tallest column holds 6 bits, so 3 Dadda stages
        MultiplierParams p = params(8, 8, true, 0, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE);
        int tallest = java.util.Arrays.stream(p.layout().heapHeights()).max().orElseThrow();
        assertEquals(ReductionPlan.daddaStageCount(tallest), p.treeStages(), "heights " + java.util.Arrays.toString(p.layout().heapHeights()));
        assertEquals(5, p.maxStages());
    }

    @Test
    void rejectsMoreRegistersThanCutPoints() {
        int max = params(8, 8, true, 0, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE).maxStages();
        ParamException e = assertThrows(ParamException.class, () -> params(8, 8, true, max + 1, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE));
        assertTrue(e.getMessage().contains("'stages' = " + (max + 1)) && e.getMessage().contains(String.valueOf(max)), e.getMessage());
    }

    /** New operands and a random valid every cycle; product and validOut must be those of exactly latency cycles ago. */
    private static void stream(MultiplierParams p, int cycles) {
        Random rnd = Stimulus.random("PipelinedMultiplier " + p);
        Built m = build(p);
        int lat = m.top().latency();
        assertEquals(p.stages(), lat, "latency of " + p);
        List<BigInteger> as = Operands.of(p.widthA(), p.signed(), cycles, rnd), bs = Operands.of(p.widthB(), p.signed(), cycles, rnd);
        List<BigInteger[]> sent = new ArrayList<>();
        for (int t = 0; t < cycles + lat; t++) {
            // edge values meet each other first, then random ones
            BigInteger a = as.get(t % as.size()), b = bs.get((t / 5 + t) % bs.size());
            int v = rnd.nextInt(2);
            m.sim().poke("a", a);
            m.sim().poke("b", b);
            m.sim().poke("valid", v);
            sent.add(new BigInteger[] {a, b, BigInteger.valueOf(v)});
            if (t >= lat) {
                BigInteger[] in = sent.get(t - lat);
                String what = "a=" + in[0] + " b=" + in[1] + " sent at cycle " + (t - lat) + ", read at " + t + " (" + p + ")";
                assertEquals(PipelinedMultiplier.model(in[0], in[1]), m.sim().peekBig("product"), "product of " + what);
                assertEquals(in[2].longValue(), m.sim().peek("validOut"), "validOut for " + what);
            } else {
                assertEquals(0, m.sim().peek("validOut"), "validOut before the first pair arrives, cycle " + t + " (" + p + ")");
            }
            m.sim().step();
        }
    }
}
