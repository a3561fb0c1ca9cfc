package io.accelforge.rtl.lower;

import java.util.HashMap;
import java.util.Map;

/** Names taken in one Verilog module; hands out fresh ones (base, base_1, base_2, ...). */
public final class UniqueNames {
    private final Map<String, Integer> used = new HashMap<>();

    public void reserve(String name) { used.putIfAbsent(name, 0); }

    public boolean isTaken(String name) { return used.containsKey(name); }

    public String fresh(String base) {
        if (!used.containsKey(base)) {
            used.put(base, 0);
            return base;
        }
        int n = used.get(base);
        String candidate;
        do {
            n++;
            candidate = base + "_" + n;
        } while (used.containsKey(candidate));
        used.put(base, n);
        used.put(candidate, 0);
        return candidate;
    }
}
