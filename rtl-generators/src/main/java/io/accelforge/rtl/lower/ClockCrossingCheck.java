package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A register, memory or read port may only sample state of its own clock (through any
 * combinational logic), unless it is a register marked as a synchroniser. Clocks are the
 * same when their clock inputs trace back to the same top-level signal.
 */
final class ClockCrossingCheck {
    private final DependencyGraph g;
    private final Map<Module, StmtIndex> index;
    private final Map<Object, Map<Signal, Object>> memo = new IdentityHashMap<>();
    private static final Map<Signal, Object> IN_PROGRESS = Map.of();

    private ClockCrossingCheck(DependencyGraph g, Map<Module, StmtIndex> index) {
        this.g = g;
        this.index = index;
    }

    static void run(DependencyGraph g, Map<Module, StmtIndex> index, List<Module> modules, Diagnostics diags) {
        ClockCrossingCheck c = new ClockCrossingCheck(g, index);
        Set<Signal> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Module m : modules) for (ClockDomain d : m.body().domains()) roots.add(c.clockRoot(d.clock()));
        if (roots.size() < 2) return;   // one clock: nothing can cross
        for (Object n : g.nodes()) {
            if (g.kind(n) != DependencyGraph.Kind.SEQ) continue;
            if (n instanceof Reg r && r.isSynchronizer()) continue;
            Signal mine = c.clockRoot(DependencyGraph.domainOf(n).clock());
            for (Object d : g.deps(n)) {
                for (Map.Entry<Signal, Object> e : c.sources(d).entrySet()) {
                    if (e.getKey() == mine) continue;
                    diags.add(DiagnosticKind.CLOCK_CROSSING, g.loc(n), g.name(n) + " (clock " + g.name(mine) + ") samples "
                            + g.name(e.getValue()) + " (clock " + g.name(e.getKey()) + ", " + g.loc(e.getValue()) + ") without a synchroniser",
                            "pass single bits through a Synchronizer (flops marked markSynchronizer()), and words through a handshake or an async FIFO");
                }
            }
        }
    }

    /** Clock root -> one sequential node of that clock that reaches {@code n}. */
    private Map<Signal, Object> sources(Object n) {
        if (g.kind(n) == DependencyGraph.Kind.SOURCE) return Map.of();
        if (g.kind(n) == DependencyGraph.Kind.SEQ) return Map.of(clockRoot(DependencyGraph.domainOf(n).clock()), n);
        Map<Signal, Object> known = memo.get(n);
        if (known != null) return known;
        memo.put(n, IN_PROGRESS);
        Map<Signal, Object> out = new LinkedHashMap<>();
        for (Object d : g.deps(n)) for (Map.Entry<Signal, Object> e : sources(d).entrySet()) out.putIfAbsent(e.getKey(), e.getValue());
        Map<Signal, Object> result = out.isEmpty() ? Map.of() : out;
        memo.put(n, result);
        return result;
    }

    private Signal clockRoot(Signal clk) { return ClockRoots.root(clk, index); }
}
