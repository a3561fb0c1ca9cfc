package io.accelforge.rtl.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/** Edits of a circuit's references and statements, for shrinking. */
public final class Rewrite {
    private Rewrite() {}

    /** Every read of value {@code from} (in nodes and statements, not as a target) becomes a read of {@code to}. */
    public static Circuit substitute(Circuit c, int from, int to) {
        IntUnaryOperator f = id -> id == from ? to : id;
        List<Node> nodes = new ArrayList<>();
        for (Node n : c.nodes()) nodes.add(reads(n, f));
        return c.withNodes(nodes).withBody(reads(c.body(), f));
    }

    private static Node reads(Node n, IntUnaryOperator f) {
        return switch (n) {
            case Node.Expr e -> new Node.Expr(e.id(), e.op(), e.args().stream().map(f::applyAsInt).toList(), e.p(), e.q(), e.k());
            case Node.SyncRead r -> new Node.SyncRead(r.id(), r.mem(), f.applyAsInt(r.addr()), r.enable() < 0 ? -1 : f.applyAsInt(r.enable()));
            case Node.AsyncRead r -> new Node.AsyncRead(r.id(), r.mem(), f.applyAsInt(r.addr()));
            default -> n;
        };
    }

    static List<Statement> reads(List<Statement> ss, IntUnaryOperator f) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : ss) {
            out.add(switch (s) {
                case Statement.Assign a -> new Statement.Assign(a.target(), a.hi(), a.lo(), f.applyAsInt(a.value()));
                case Statement.If i -> new Statement.If(f.applyAsInt(i.cond()), reads(i.then(), f), reads(i.otherwise(), f));
                case Statement.Switch sw -> new Statement.Switch(f.applyAsInt(sw.selector()), sw.selType(),
                        sw.cases().stream().map(k -> new Statement.Case(k.values(), reads(k.body(), f))).toList(),
                        sw.otherwise() == null ? null : reads(sw.otherwise(), f));
                case Statement.Write w -> new Statement.Write(w.mem(), f.applyAsInt(w.addr()), f.applyAsInt(w.data()),
                        w.mask() < 0 ? -1 : f.applyAsInt(w.mask()), w.lanes());
            });
        }
        return out;
    }

    /** The node with {@code id} replaced by {@code n}. */
    public static Circuit replaceNode(Circuit c, int id, Node n) {
        List<Node> nodes = new ArrayList<>();
        for (Node x : c.nodes()) nodes.add(x.id() == id ? n : x);
        return c.withNodes(nodes);
    }

    /**
     * The statements without those {@code drop} accepts (assignments and writes), and
     * without when/switch statements left with nothing inside.
     */
    public static List<Statement> filter(List<Statement> ss, Predicate<Statement> drop) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : ss) {
            switch (s) {
                case Statement.If i -> {
                    List<Statement> t = filter(i.then(), drop);
                    List<Statement> o = filter(i.otherwise(), drop);
                    if (!t.isEmpty() || !o.isEmpty()) out.add(new Statement.If(i.cond(), t, o));
                }
                case Statement.Switch sw -> {
                    List<Statement.Case> cases = new ArrayList<>();
                    boolean any = false;
                    for (Statement.Case k : sw.cases()) {
                        List<Statement> b = filter(k.body(), drop);
                        any |= !b.isEmpty();
                        cases.add(new Statement.Case(k.values(), b));
                    }
                    List<Statement> o = sw.otherwise() == null ? null : filter(sw.otherwise(), drop);
                    any |= o != null && !o.isEmpty();
                    if (any) out.add(new Statement.Switch(sw.selector(), sw.selType(), cases, o));
                }
                default -> {
                    if (!drop.test(s)) out.add(s);
                }
            }
        }
        return out;
    }

    /** The circuit and its sub-circuits renamed: {@code name}, then name + "s" + i for sub-circuit i. */
    public static Circuit renamed(Circuit c, String name) {
        List<Circuit> subs = new ArrayList<>();
        for (int i = 0; i < c.subs().size(); i++) subs.add(renamed(c.subs().get(i), name + "s" + i));
        return new Circuit(name, c.inputs(), c.outputs(), c.nodes(), c.body(), subs);
    }
}
