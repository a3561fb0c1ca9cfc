package io.accelforge.rtl.fuzz;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unconditional assignments of one block, per target, with the bits each still decides.
 * The elaboration checks reject an assignment that a later one in the same block makes
 * dead (every one of its bits overwritten); {@link #allows} says whether a new one would.
 */
final class LiveBits {
    private final Map<Integer, List<BitSet>> live = new HashMap<>();

    /** Whether assigning {@code bits} of {@code target} leaves every earlier assignment some live bit. */
    boolean allows(int target, BitSet bits) {
        for (BitSet l : live.getOrDefault(target, List.of())) {
            if (l.isEmpty() || !l.intersects(bits)) continue;
            BitSet rest = (BitSet) l.clone();
            rest.andNot(bits);
            if (rest.isEmpty()) return false;
        }
        return true;
    }

    void add(int target, BitSet bits) {
        List<BitSet> ls = live.computeIfAbsent(target, k -> new ArrayList<>());
        for (BitSet l : ls) l.andNot(bits);
        ls.add((BitSet) bits.clone());
    }

    static BitSet range(int hi, int lo) {
        BitSet b = new BitSet();
        b.set(lo, hi + 1);
        return b;
    }
}
