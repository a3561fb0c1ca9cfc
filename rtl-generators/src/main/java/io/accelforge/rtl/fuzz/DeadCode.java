package io.accelforge.rtl.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what no output depends on: nodes, the statements that drive them, inputs, unused
 * sub-circuits. What is live starts at the outputs and grows through what drives each live
 * thing: the values its statements assign, the conditions around them, the operands of live
 * nodes, the writes of live memories, the inputs of live instances.
 */
public final class DeadCode {
    private DeadCode() {}

    public static Circuit remove(Circuit c) { return remove(c, false); }

    /** As {@link #remove}, but every input stays (a sub-circuit keeps its ports for its parents). */
    public static Circuit removeKeepingInputs(Circuit c) { return remove(c, true); }

    private static Circuit remove(Circuit c, boolean keepInputs) {
        Set<Integer> live = live(c);
        List<Circuit.Port> inputs = keepInputs ? c.inputs() : c.inputs().stream().filter(p -> live.contains(p.id())).toList();
        List<Node> nodes = new ArrayList<>();
        for (Node n : c.nodes()) if (live.contains(n.id())) nodes.add(n);
        List<Statement> body = Rewrite.filter(c.body(), s -> switch (s) {
            case Statement.Assign a -> !live.contains(a.target());
            case Statement.Write w -> !live.contains(w.mem());
            default -> false;
        });
        // keep only the sub-circuits still instantiated, numbered anew
        List<Circuit> subs = new ArrayList<>();
        Map<Integer, Integer> renumber = new HashMap<>();
        List<Node> renumbered = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Node.Instance i) {
                Integer k = renumber.get(i.sub());
                if (k == null) {
                    k = subs.size();
                    renumber.put(i.sub(), k);
                    subs.add(c.subs().get(i.sub()));
                }
                renumbered.add(new Node.Instance(i.id(), k, i.inputs(), i.outputs()));
            } else {
                renumbered.add(n);
            }
        }
        return new Circuit(c.name(), inputs, c.outputs(), renumbered, body, subs);
    }

    private static Set<Integer> live(Circuit c) {
        Map<Integer, Node> byId = new HashMap<>();
        Map<Integer, Node.Instance> instanceOfPort = new HashMap<>();
        Map<Integer, List<Node>> readsOfMem = new HashMap<>();
        for (Node n : c.nodes()) {
            byId.put(n.id(), n);
            if (n instanceof Node.Instance i) for (int id : i.outputs()) instanceOfPort.put(id, i);
            if (n instanceof Node.SyncRead r) readsOfMem.computeIfAbsent(r.mem(), k -> new ArrayList<>()).add(r);
            if (n instanceof Node.AsyncRead r) readsOfMem.computeIfAbsent(r.mem(), k -> new ArrayList<>()).add(r);
        }
        // what each target's and memory's statements read, conditions included
        Map<Integer, Set<Integer>> drivers = new HashMap<>();
        collect(c.body(), new ArrayList<>(), drivers);

        Set<Integer> live = new HashSet<>();
        List<Integer> todo = new ArrayList<>();
        for (Circuit.Port p : c.outputs()) todo.add(p.id());
        while (!todo.isEmpty()) {
            int id = todo.removeLast();
            if (!live.add(id)) continue;
            todo.addAll(drivers.getOrDefault(id, Set.of()));
            Node n = byId.get(id);
            if (n != null) {
                todo.addAll(n.reads());
                if (n instanceof Node.SyncRead r) todo.add(r.mem());
                if (n instanceof Node.AsyncRead r) todo.add(r.mem());
                if (n instanceof Node.Instance i) todo.addAll(i.inputs());
            }
            Node.Instance inst = instanceOfPort.get(id);
            if (inst != null) todo.add(inst.id());
        }
        return live;
    }

    private static void collect(List<Statement> ss, List<Integer> conds, Map<Integer, Set<Integer>> drivers) {
        for (Statement s : ss) {
            switch (s) {
                case Statement.Assign a -> {
                    Set<Integer> d = drivers.computeIfAbsent(a.target(), k -> new HashSet<>());
                    d.add(a.value());
                    d.addAll(conds);
                }
                case Statement.Write w -> {
                    Set<Integer> d = drivers.computeIfAbsent(w.mem(), k -> new HashSet<>());
                    d.add(w.addr());
                    d.add(w.data());
                    if (w.mask() >= 0) d.add(w.mask());
                    d.addAll(conds);
                }
                case Statement.If i -> {
                    conds.add(i.cond());
                    collect(i.then(), conds, drivers);
                    collect(i.otherwise(), conds, drivers);
                    conds.removeLast();
                }
                case Statement.Switch sw -> {
                    conds.add(sw.selector());
                    for (Statement.Case k : sw.cases()) collect(k.body(), conds, drivers);
                    if (sw.otherwise() != null) collect(sw.otherwise(), conds, drivers);
                    conds.removeLast();
                }
            }
        }
    }
}
