package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each block of a module, the statements that assign each target (a signal, or a memory
 * for its writes). Lets every pass walk one target's statements without scanning the rest.
 */
public final class StmtIndex {
    private final Map<Stmt, Set<Object>> targets = new IdentityHashMap<>();
    private final Map<Block, Map<Object, List<Stmt>>> byTarget = new IdentityHashMap<>();
    private final Block root;

    public StmtIndex(Block root) {
        this.root = root;
        index(root);
    }

    /** Targets in first-assignment order. */
    public Set<Object> allTargets() { return byTarget.get(root).keySet(); }

    public Set<Object> targetsOf(Stmt s) { return targets.get(s); }

    /** The statements of {@code b} that assign {@code target}, in order. */
    public List<Stmt> stmtsFor(Block b, Object target) {
        List<Stmt> l = byTarget.get(b).get(target);
        return l == null ? List.of() : l;
    }

    private Set<Object> index(Block b) {
        Map<Object, List<Stmt>> map = new LinkedHashMap<>();
        for (Stmt s : b.stmts()) {
            Set<Object> ts = switch (s) {
                case Stmt.Assign a -> Set.of(a.target());
                case Stmt.MemWrite w -> Set.of(w.mem());
                case Stmt.When w -> union(index(w.then()), index(w.otherwise()));
                case Stmt.Switch sw -> {
                    Set<Object> u = new LinkedHashSet<>();
                    for (Stmt.Case c : sw.cases()) u.addAll(index(c.body()));
                    u.addAll(index(sw.otherwise()));
                    yield u;
                }
            };
            targets.put(s, ts);
            for (Object t : ts) map.computeIfAbsent(t, k -> new ArrayList<>(2)).add(s);
        }
        byTarget.put(b, map);
        return map.keySet();
    }

    private static Set<Object> union(Set<Object> a, Set<Object> b) {
        Set<Object> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
