package io.accelforge.rtl.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Finds combinational cycles (strongly connected groups of combinational signals) and prints one path each. */
final class CombLoopCheck {
    private CombLoopCheck() {}

    static void run(DependencyGraph g, Diagnostics diags) {
        for (List<Object> scc : stronglyConnected(g)) {
            List<Object> cycle = cycleThrough(g, scc);
            StringBuilder path = new StringBuilder();
            for (int i = cycle.size() - 1; i >= 1; i--) {
                Object n = cycle.get(i);
                path.append(g.name(n)).append(" (").append(g.loc(n)).append(") -> ");
            }
            path.append(g.name(cycle.getFirst()));
            diags.add(DiagnosticKind.COMB_LOOP, g.loc(cycle.getLast()), path.toString(),
                    "break the loop with a register, or split a signal whose bits feed each other into separate signals");
        }
    }

    /** Tarjan's algorithm, iterative; returns the groups that form a cycle. */
    private static List<List<Object>> stronglyConnected(DependencyGraph g) {
        Map<Object, int[]> info = new IdentityHashMap<>();   // {index, lowlink, onStack}
        Deque<Object> stack = new ArrayDeque<>();
        List<List<Object>> out = new ArrayList<>();
        int[] counter = {0};
        for (Object start : g.nodes()) {
            if (g.kind(start) != DependencyGraph.Kind.COMB || info.containsKey(start)) continue;
            Deque<Object[]> work = new ArrayDeque<>();   // {node, next-edge index}
            work.push(new Object[] {start, 0});
            info.put(start, new int[] {counter[0], counter[0]++, 1});
            stack.push(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                Object v = frame[0];
                List<Object> ds = g.deps(v);
                int i = (Integer) frame[1];
                if (i < ds.size()) {
                    frame[1] = i + 1;
                    Object w = ds.get(i);
                    if (g.kind(w) != DependencyGraph.Kind.COMB) continue;
                    int[] wi = info.get(w);
                    if (wi == null) {
                        info.put(w, new int[] {counter[0], counter[0]++, 1});
                        stack.push(w);
                        work.push(new Object[] {w, 0});
                    } else if (wi[2] == 1) {
                        int[] vi = info.get(v);
                        vi[1] = Math.min(vi[1], wi[0]);
                    }
                    continue;
                }
                work.pop();
                int[] vi = info.get(v);
                if (!work.isEmpty()) {
                    int[] pi = info.get(work.peek()[0]);
                    pi[1] = Math.min(pi[1], vi[1]);
                }
                if (vi[1] == vi[0]) {
                    List<Object> scc = new ArrayList<>();
                    Object w;
                    do {
                        w = stack.pop();
                        info.get(w)[2] = 0;
                        scc.add(w);
                    } while (w != v);
                    if (scc.size() > 1 || g.deps(v).contains(v)) out.add(scc);
                }
            }
        }
        return out;
    }

    /** A shortest cycle from the group's first node back to itself, following dependencies. */
    private static List<Object> cycleThrough(DependencyGraph g, List<Object> scc) {
        Map<Object, Boolean> inScc = new IdentityHashMap<>();
        for (Object n : scc) inScc.put(n, Boolean.TRUE);
        Object start = scc.getLast();
        Map<Object, Object> parent = new IdentityHashMap<>();
        Deque<Object> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Object v = queue.poll();
            for (Object w : g.deps(v)) {
                if (!inScc.containsKey(w)) continue;
                if (w == start) {
                    List<Object> path = new ArrayList<>();
                    for (Object x = v; x != start; x = parent.get(x)) path.add(x);
                    path.add(start);
                    Collections.reverse(path);
                    path.add(start);
                    return path;
                }
                if (!parent.containsKey(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        return List.of(start, start);
    }
}
