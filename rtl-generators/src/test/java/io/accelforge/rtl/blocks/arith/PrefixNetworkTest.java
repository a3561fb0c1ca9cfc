package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PrefixNetworkTest {
    /** A span of inputs, the operator nodes that built it, and its depth in nodes. */
    private record Span(String text, int depth) {}

    private static List<Span> run(PrefixNetwork net, int n, int[] nodes) {
        List<Span> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) xs.add(new Span(Character.toString('A' + i % 26) + i + ";", 0));
        return net.scan(xs, (hi, lo) -> {
            nodes[0]++;
            return new Span(hi.text() + lo.text(), Math.max(hi.depth(), lo.depth()) + 1);
        });
    }

    @ParameterizedTest
    @EnumSource(PrefixNetwork.class)
    void everyOutputCombinesItsInputAndAllBelowInOrder(PrefixNetwork net) {
        for (int n = 1; n <= 70; n++) {
            List<Span> out = run(net, n, new int[1]);
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < n; i++) {
                want.insert(0, Character.toString('A' + i % 26) + i + ";");
                assertEquals(want.toString(), out.get(i).text(), net + " n=" + n + " output " + i);
            }
        }
    }

    @Test
    void koggeStoneAndSklanskyHaveLogarithmicDepth() {
        for (int n = 2; n <= 70; n++) {
            int log = 32 - Integer.numberOfLeadingZeros(n - 1);
            assertEquals(log, maxDepth(run(PrefixNetwork.KOGGE_STONE, n, new int[1])), "Kogge-Stone depth, n=" + n);
            assertEquals(log, maxDepth(run(PrefixNetwork.SKLANSKY, n, new int[1])), "Sklansky depth, n=" + n);
        }
    }

    @Test
    void nodeCountsMatchTheTextbookFormulasForPowersOfTwo() {
        for (int k = 1; k <= 7; k++) {
            int n = 1 << k;
            int[] ks = new int[1], sk = new int[1], bk = new int[1];
            run(PrefixNetwork.KOGGE_STONE, n, ks);
            run(PrefixNetwork.SKLANSKY, n, sk);
            List<Span> bkOut = run(PrefixNetwork.BRENT_KUNG, n, bk);
            assertEquals(n * k - n + 1, ks[0], "Kogge-Stone nodes, n=" + n);
            assertEquals(n / 2 * k, sk[0], "Sklansky nodes, n=" + n);
            assertEquals(2 * n - 2 - k, bk[0], "Brent-Kung nodes, n=" + n);
            assertEquals(Math.max(1, 2 * k - 2), maxDepth(bkOut), "Brent-Kung depth, n=" + n);
        }
    }

    private static int maxDepth(List<Span> spans) {
        return spans.stream().mapToInt(Span::depth).max().orElseThrow();
    }
}
