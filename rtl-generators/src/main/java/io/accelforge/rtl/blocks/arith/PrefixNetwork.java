package io.accelforge.rtl.blocks.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Parallel-prefix networks: each computes every prefix x[i] o ... o x[0] of an associative
 * operator with a different trade between depth, node count and fan-out. With n inputs:
 * <ul>
 *   <li>KOGGE_STONE: depth ceil(log2 n), about n log2 n nodes, fan-out 2 (fast, wire-heavy);</li>
 *   <li>SKLANSKY: depth ceil(log2 n), (n/2) log2 n nodes, fan-out up to n/2;</li>
 *   <li>BRENT_KUNG: depth about 2 log2 n - 1, about 2n nodes, fan-out 2 (small, slower).</li>
 * </ul>
 */
public enum PrefixNetwork {
    KOGGE_STONE, SKLANSKY, BRENT_KUNG;

    /**
     * All prefixes of {@code xs}: element i of the result combines inputs i down to 0.
     * {@code combine.apply(high, low)} joins a span with the span just below it; the
     * operator must be associative but need not be commutative.
     */
    public <T> List<T> scan(List<T> xs, BinaryOperator<T> combine) {
        List<T> cur = new ArrayList<>(xs);
        int n = cur.size();
        switch (this) {
            case KOGGE_STONE -> {
                for (int d = 1; d < n; d <<= 1) {
                    List<T> next = new ArrayList<>(cur);
                    for (int i = d; i < n; i++) next.set(i, combine.apply(cur.get(i), cur.get(i - d)));
                    cur = next;
                }
            }
            case SKLANSKY -> {
                // level d: the upper half of each 2d-block joins the last element of the lower half
                for (int d = 1; d < n; d <<= 1) {
                    for (int i = 0; i < n; i++) {
                        if ((i & d) != 0) cur.set(i, combine.apply(cur.get(i), cur.get((i & ~(2 * d - 1)) + d - 1)));
                    }
                }
            }
            case BRENT_KUNG -> {
                int top = 1;
                for (int d = 1; d < n; d <<= 1) {
                    top = d;
                    for (int i = 2 * d - 1; i < n; i += 2 * d) cur.set(i, combine.apply(cur.get(i), cur.get(i - d)));
                }
                for (int d = top / 2; d >= 1; d >>= 1) {
                    for (int i = 3 * d - 1; i < n; i += 2 * d) cur.set(i, combine.apply(cur.get(i), cur.get(i - d)));
                }
            }
        }
        return cur;
    }
}
