package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one-step simplifications of a circuit, for shrinking: drop outputs, statements and
 * branches; replace values by zero or by one of their operands; narrow types; drop resets,
 * masks and read-first bypasses; shrink sub-circuits. Each candidate has its dead code
 * removed and is smaller ({@link Circuit#size}); some no longer elaborate (a wire left
 * undriven on a path), and the shrinker skips those.
 */
public final class Reductions {
    private final Circuit c;
    private final Map<String, Map<Integer, HwType>> allTypes;
    private final Map<Integer, HwType> types;
    private final boolean keepPorts;
    private final Set<Circuit> out = new LinkedHashSet<>();

    private Reductions(Circuit c, Map<String, Map<Integer, HwType>> types, boolean keepPorts) {
        this.c = c;
        this.allTypes = types;
        this.types = types.getOrDefault(c.name(), Map.of());
        this.keepPorts = keepPorts;
    }

    /**
     * The candidates, smallest first.
     *
     * @param types by module name, the built type of every value and target id ({@link Types#of})
     */
    public static List<Circuit> of(Circuit c, Map<String, Map<Integer, HwType>> types) {
        return new Reductions(c, types, false).all();
    }

    private List<Circuit> all() {
        ports();
        statements();
        nodes();
        widths();
        features();
        subs();
        int size = c.size();
        List<Circuit> list = new ArrayList<>();
        for (Circuit x : out) if (x.size() < size) list.add(x);
        list.sort(java.util.Comparator.comparingInt(Circuit::size));
        return list;
    }

    private void add(Circuit x) { out.add(keepPorts ? DeadCode.removeKeepingInputs(x) : DeadCode.remove(x)); }

    // ---- ports --------------------------------------------------------------------------

    private void ports() {
        if (keepPorts) return;
        List<Circuit.Port> outs = c.outputs();
        if (outs.size() > 1) {
            for (Circuit.Port keep : outs) add(withOutputs(List.of(keep)));
            for (Circuit.Port drop : outs) add(withOutputs(outs.stream().filter(p -> p != drop).toList()));
        }
        for (Circuit.Port in : c.inputs()) {
            // the input becomes the constant zero
            List<Node> nodes = new ArrayList<>();
            nodes.add(new Node.Const(in.id(), in.type(), BigInteger.ZERO));
            nodes.addAll(c.nodes());
            add(new Circuit(c.name(), c.inputs().stream().filter(p -> p != in).toList(), c.outputs(), nodes, c.body(), c.subs()));
        }
    }

    private Circuit withOutputs(List<Circuit.Port> keep) {
        Set<Integer> ids = new java.util.HashSet<>();
        for (Circuit.Port p : keep) ids.add(p.id());
        List<Statement> body = Rewrite.filter(c.body(), s -> s instanceof Statement.Assign a
                && c.outputs().stream().anyMatch(p -> p.id() == a.target()) && !ids.contains(a.target()));
        return new Circuit(c.name(), c.inputs(), keep, c.nodes(), body, c.subs());
    }

    // ---- statements ---------------------------------------------------------------------

    private void statements() {
        List<Statement> body = c.body();
        for (int chunk = Math.max(1, body.size() / 2); chunk > 1; chunk /= 2) {
            for (int from = 0; from < body.size(); from += chunk) {
                List<Statement> b = new ArrayList<>(body.subList(0, from));
                b.addAll(body.subList(Math.min(body.size(), from + chunk), body.size()));
                add(c.withBody(b));
            }
        }
        for (List<Statement> b : variants(body)) add(c.withBody(b));
    }

    /** Every list one simplification away from {@code ss}, at any depth. */
    static List<List<Statement>> variants(List<Statement> ss) {
        List<List<Statement>> v = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            int at = i;
            Function<List<Statement>, List<Statement>> splice = repl -> {
                List<Statement> r = new ArrayList<>(ss.subList(0, at));
                r.addAll(repl);
                r.addAll(ss.subList(at + 1, ss.size()));
                return r;
            };
            v.add(splice.apply(List.of()));
            switch (ss.get(i)) {
                case Statement.If s -> {
                    v.add(splice.apply(s.then()));
                    v.add(splice.apply(s.otherwise()));
                    if (!s.otherwise().isEmpty()) v.add(splice.apply(List.of(new Statement.If(s.cond(), s.then(), List.of()))));
                    for (List<Statement> t : variants(s.then())) v.add(splice.apply(List.of(new Statement.If(s.cond(), t, s.otherwise()))));
                    for (List<Statement> o : variants(s.otherwise())) v.add(splice.apply(List.of(new Statement.If(s.cond(), s.then(), o))));
                }
                case Statement.Switch s -> {
                    for (Statement.Case k : s.cases()) v.add(splice.apply(k.body()));
                    if (s.otherwise() != null) {
                        v.add(splice.apply(s.otherwise()));
                        v.add(splice.apply(List.of(new Statement.Switch(s.selector(), s.selType(), s.cases(), null))));
                        for (List<Statement> o : variants(s.otherwise())) {
                            v.add(splice.apply(List.of(new Statement.Switch(s.selector(), s.selType(), s.cases(), o))));
                        }
                    }
                    for (int k = 0; k < s.cases().size(); k++) {
                        List<Statement.Case> fewer = new ArrayList<>(s.cases());
                        fewer.remove(k);
                        v.add(splice.apply(List.of(new Statement.Switch(s.selector(), s.selType(), fewer, s.otherwise()))));
                        Statement.Case kc = s.cases().get(k);
                        if (kc.values().size() > 1) {
                            List<Statement.Case> one = new ArrayList<>(s.cases());
                            one.set(k, new Statement.Case(kc.values().subList(0, 1), kc.body()));
                            v.add(splice.apply(List.of(new Statement.Switch(s.selector(), s.selType(), one, s.otherwise()))));
                        }
                        for (List<Statement> b : variants(kc.body())) {
                            List<Statement.Case> changed = new ArrayList<>(s.cases());
                            changed.set(k, new Statement.Case(kc.values(), b));
                            v.add(splice.apply(List.of(new Statement.Switch(s.selector(), s.selType(), changed, s.otherwise()))));
                        }
                    }
                }
                case Statement.Assign a -> {
                    if (!a.whole()) v.add(splice.apply(List.of(new Statement.Assign(a.target(), -1, -1, a.value()))));
                }
                case Statement.Write w -> {
                    if (w.mask() >= 0) v.add(splice.apply(List.of(new Statement.Write(w.mem(), w.addr(), w.data(), -1, 0))));
                }
            }
        }
        return v;
    }

    // ---- nodes --------------------------------------------------------------------------

    private void nodes() {
        for (Node n : c.nodes()) {
            switch (n) {
                case Node.Expr e -> {
                    zero(e.id());
                    for (int a : new LinkedHashSet<>(e.args())) add(Rewrite.substitute(c, e.id(), a));
                }
                case Node.AsyncRead r -> zero(r.id());
                case Node.SyncRead r -> {
                    zero(r.id());
                    if (r.enable() >= 0) add(Rewrite.replaceNode(c, r.id(), new Node.SyncRead(r.id(), r.mem(), r.addr(), -1)));
                }
                case Node.Wire w -> zeroTarget(w.id(), w.type());
                case Node.Reg r -> zeroTarget(r.id(), r.type());
                case Node.Instance i -> {
                    List<Node> nodes = new ArrayList<>();
                    for (Node x : c.nodes()) {
                        if (x != i) {
                            nodes.add(x);
                            continue;
                        }
                        for (int id : i.outputs()) nodes.add(new Node.Const(id, typeOf(id), BigInteger.ZERO));
                    }
                    Set<Integer> ins = Set.copyOf(i.inputs());
                    List<Statement> body = Rewrite.filter(c.body(), s -> s instanceof Statement.Assign a && ins.contains(a.target()));
                    add(c.withNodes(nodes).withBody(body));
                }
                case Node.Const k -> {
                    if (k.value().signum() != 0) add(Rewrite.replaceNode(c, k.id(), new Node.Const(k.id(), k.type(), BigInteger.ZERO)));
                }
                case Node.Mem m -> { }
            }
        }
    }

    private HwType typeOf(int id) {
        HwType t = types.get(id);
        if (t == null) throw new IllegalArgumentException(c.name() + ": no type for id " + id);
        return t;
    }

    private void zero(int id) { add(Rewrite.replaceNode(c, id, new Node.Const(id, typeOf(id), BigInteger.ZERO))); }

    /** A wire or register replaced by the constant zero, its statements dropped. */
    private void zeroTarget(int id, HwType t) {
        Circuit x = Rewrite.replaceNode(c, id, new Node.Const(id, t, BigInteger.ZERO));
        add(x.withBody(Rewrite.filter(x.body(), s -> s instanceof Statement.Assign a && a.target() == id)));
    }

    // ---- widths -------------------------------------------------------------------------

    private void widths() {
        if (!keepPorts) {
            for (int i = 0; i < c.inputs().size(); i++) {
                int at = i;
                for (HwType t : narrower(c.inputs().get(i).type())) {
                    List<Circuit.Port> ins = new ArrayList<>(c.inputs());
                    ins.set(at, new Circuit.Port(ins.get(at).id(), t));
                    add(new Circuit(c.name(), ins, c.outputs(), c.nodes(), c.body(), c.subs()));
                }
            }
            for (int i = 0; i < c.outputs().size(); i++) {
                int at = i;
                for (HwType t : narrower(c.outputs().get(i).type())) {
                    List<Circuit.Port> outs = new ArrayList<>(c.outputs());
                    outs.set(at, new Circuit.Port(outs.get(at).id(), t));
                    add(new Circuit(c.name(), c.inputs(), outs, c.nodes(), c.body(), c.subs()));
                }
            }
        }
        for (Node n : c.nodes()) {
            switch (n) {
                case Node.Const k -> { for (HwType t : narrower(k.type())) add(Rewrite.replaceNode(c, k.id(), new Node.Const(k.id(), t, k.value()))); }
                case Node.Wire w -> { for (HwType t : narrower(w.type())) add(Rewrite.replaceNode(c, w.id(), new Node.Wire(w.id(), t))); }
                case Node.Reg r -> {
                    for (HwType t : narrower(r.type())) add(Rewrite.replaceNode(c, r.id(), new Node.Reg(r.id(), t, r.init(), r.async())));
                }
                case Node.Mem m -> {
                    for (HwType t : narrower(m.type())) add(Rewrite.replaceNode(c, m.id(), new Node.Mem(m.id(), t, m.depth(), m.readUnderWrite(), m.async())));
                    if (m.depth() > 2) add(Rewrite.replaceNode(c, m.id(), new Node.Mem(m.id(), m.type(), 2, m.readUnderWrite(), m.async())));
                }
                default -> { }
            }
        }
    }

    /** One bit, and half the width (signedness kept). */
    private static List<HwType> narrower(HwType t) {
        List<HwType> l = new ArrayList<>();
        if (t.width() > 1) l.add(t.withWidth(1));
        if (t.width() > 3) l.add(t.withWidth(t.width() / 2));
        if (t.signed()) l.add(new HwType(t.width(), false));
        return l;
    }

    // ---- resets, read-under-write, domains ----------------------------------------------

    private void features() {
        for (Node n : c.nodes()) {
            switch (n) {
                case Node.Reg r -> {
                    if (r.init() != null) add(Rewrite.replaceNode(c, r.id(), new Node.Reg(r.id(), r.type(), null, false)));
                    if (r.async()) add(Rewrite.replaceNode(c, r.id(), new Node.Reg(r.id(), r.type(), r.init(), false)));
                }
                case Node.Mem m -> {
                    if (m.readUnderWrite() == ReadUnderWrite.WRITE_FIRST) {
                        add(Rewrite.replaceNode(c, m.id(), new Node.Mem(m.id(), m.type(), m.depth(), ReadUnderWrite.READ_FIRST, m.async())));
                    }
                    if (m.async()) add(Rewrite.replaceNode(c, m.id(), new Node.Mem(m.id(), m.type(), m.depth(), m.readUnderWrite(), false)));
                }
                default -> { }
            }
        }
    }

    // ---- sub-circuits -------------------------------------------------------------------

    private void subs() {
        for (int i = 0; i < c.subs().size(); i++) {
            Circuit sub = c.subs().get(i);
            for (Circuit smaller : new Reductions(sub, allTypes, true).all()) {
                List<Circuit> subs = new ArrayList<>(c.subs());
                subs.set(i, smaller);
                add(new Circuit(c.name(), c.inputs(), c.outputs(), c.nodes(), c.body(), subs));
            }
        }
    }
}
