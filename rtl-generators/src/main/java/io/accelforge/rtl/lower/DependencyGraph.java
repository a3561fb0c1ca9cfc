package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SourceLoc;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole design as one flat graph: each signal or memory and the signals and memories
 * its driver reads (conditions included). Built from the statements, so it exists even
 * when widths are wrong; the loop and clock-crossing checks run on it.
 */
public final class DependencyGraph {
    public enum Kind { SOURCE, COMB, SEQ }

    private final Map<Object, List<Object>> deps = new IdentityHashMap<>();
    private final Map<Object, SourceLoc> driverLoc = new IdentityHashMap<>();
    private final Map<Module, String> paths;
    private final Map<Object, Boolean> nodes = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();

    private DependencyGraph(Map<Module, String> paths) { this.paths = paths; }

    public static DependencyGraph build(List<Module> modules, Map<Module, StmtIndex> index, Map<Module, String> paths) {
        DependencyGraph g = new DependencyGraph(paths);
        for (Module m : modules) {
            for (Signal s : m.body().ports()) g.node(s);
            for (Signal s : m.body().locals()) g.node(s);
            for (Mem mem : m.body().mems()) g.node(mem);
            StmtIndex idx = index.get(m);
            if (idx == null) continue;
            for (Object t : idx.allTargets()) {
                Set<Object> d = new LinkedHashSet<>();
                Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
                g.collect(idx, m.body().root(), t, d, visited);
                g.deps.computeIfAbsent(t, k -> new ArrayList<>()).addAll(d);
            }
            for (Signal s : m.body().locals()) {
                if (s instanceof SyncRead r) {
                    Set<Object> d = new LinkedHashSet<>();
                    Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
                    ValueWalk.leaves(r.addr(), visited, d::add);
                    ValueWalk.leaves(r.enable(), visited, d::add);
                    d.add(r.mem());
                    g.deps.computeIfAbsent(r, k -> new ArrayList<>()).addAll(d);
                    g.driverLoc.putIfAbsent(r, r.loc());
                }
            }
        }
        return g;
    }

    private void node(Object n) {
        if (nodes.put(n, Boolean.TRUE) == null) order.add(n);
    }

    private void collect(StmtIndex idx, Block b, Object t, Set<Object> out, Set<Value> visited) {
        for (Stmt s : idx.stmtsFor(b, t)) {
            driverLoc.putIfAbsent(t, s.loc());
            switch (s) {
                case Stmt.Assign a -> ValueWalk.leaves(a.value(), visited, out::add);
                case Stmt.MemWrite w -> {
                    ValueWalk.leaves(w.addr(), visited, out::add);
                    ValueWalk.leaves(w.data(), visited, out::add);
                    if (w.mask() != null) ValueWalk.leaves(w.mask(), visited, out::add);
                }
                case Stmt.When w -> {
                    ValueWalk.leaves(w.cond(), visited, out::add);
                    collect(idx, w.then(), t, out, visited);
                    collect(idx, w.otherwise(), t, out, visited);
                }
                case Stmt.Switch sw -> {
                    ValueWalk.leaves(sw.selector(), visited, out::add);
                    for (Stmt.Case c : sw.cases()) collect(idx, c.body(), t, out, visited);
                    collect(idx, sw.otherwise(), t, out, visited);
                }
            }
        }
    }

    /** All nodes, in module order then declaration order. */
    public List<Object> nodes() { return Collections.unmodifiableList(order); }

    public List<Object> deps(Object n) {
        List<Object> d = deps.get(n);
        return d == null ? List.of() : d;
    }

    public Kind kind(Object n) {
        return switch (n) {
            case Input in when in.owner().body().parent() == null -> Kind.SOURCE;
            case Reg r -> Kind.SEQ;
            case SyncRead r -> Kind.SEQ;
            case Mem m -> Kind.SEQ;
            default -> Kind.COMB;
        };
    }

    /** The clock domain of a sequential node. */
    public static ClockDomain domainOf(Object n) {
        return switch (n) {
            case Reg r -> r.domain();
            case SyncRead r -> r.mem().domain();
            case Mem m -> m.domain();
            default -> null;
        };
    }

    /** Where the node is first driven (or declared, if never driven). */
    public SourceLoc loc(Object n) {
        SourceLoc l = driverLoc.get(n);
        if (l != null) return l;
        return switch (n) {
            case Signal s -> s.loc();
            case Mem m -> m.loc();
            default -> SourceLoc.UNKNOWN;
        };
    }

    /** Hierarchical name, e.g. top.cells_0_1.acc. */
    public String name(Object n) {
        return switch (n) {
            case Signal s -> paths.get(s.owner()) + "." + s.name();
            case Mem m -> paths.get(m.owner()) + "." + m.name();
            default -> String.valueOf(n);
        };
    }
}
