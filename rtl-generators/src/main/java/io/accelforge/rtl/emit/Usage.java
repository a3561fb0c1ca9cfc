package io.accelforge.rtl.emit;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which bits of each readable net the emitted module reads. Unread bits are collected into
 * one {@code _unused_ok} wire, so that lint with all warnings on stays quiet without
 * suppressions.
 */
final class Usage {
    private final Map<String, Integer> declared = new LinkedHashMap<>();
    private final Map<String, BitSet> read = new HashMap<>();
    private final Map<String, Boolean> memories = new LinkedHashMap<>();

    void declare(String name, int width) { declared.put(name, width); }

    /** A memory: read when any word is read; an unread one goes to the sink by its word 0. */
    void declareMemory(String name) { memories.putIfAbsent(name, Boolean.FALSE); }

    void readMemory(String name) { memories.put(name, Boolean.TRUE); }

    void readAll(String name) { read(name, declared.getOrDefault(name, 1) - 1, 0); }

    void read(String name, int hi, int lo) { read.computeIfAbsent(name, k -> new BitSet()).set(lo, hi + 1); }

    /** The sink line, or "" when every declared bit is read. */
    String sinkLine(String indent) {
        StringJoiner parts = new StringJoiner(", ");
        for (Map.Entry<String, Integer> e : declared.entrySet()) {
            String name = e.getKey();
            int w = e.getValue();
            BitSet r = read.getOrDefault(name, new BitSet());
            if (r.cardinality() >= w) continue;
            if (r.isEmpty()) {
                parts.add(name);
                continue;
            }
            int hi = w - 1;
            while (hi >= 0) {
                if (r.get(hi)) {
                    hi--;
                    continue;
                }
                int lo = hi;
                while (lo > 0 && !r.get(lo - 1)) lo--;
                parts.add(hi == lo ? name + "[" + hi + "]" : name + "[" + hi + ":" + lo + "]");
                hi = lo - 1;
            }
        }
        for (Map.Entry<String, Boolean> e : memories.entrySet()) if (!e.getValue()) parts.add(e.getKey() + "[0]");
        if (parts.length() == 0) return "";
        return indent + "// Bits nobody reads, gathered so that lint does not flag them.\n"
                + indent + "wire _unused_ok = 1'b0 && &{1'b0, " + parts + ", 1'b0};\n";
    }
}
