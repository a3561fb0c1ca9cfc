package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.NameSource;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SwitchBuilder;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.WhenChain;
import io.accelforge.rtl.hcl.Wire;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Circuit} with the HCL, and writes down each call as Java (so a reproducer
 * prints exactly what was built). Signals are named after their ids: inputs i7, outputs o8,
 * operator results n9, wires w10, registers r11, memories m12, read data q13, instances u14.
 */
public final class CircuitModule extends Module {
    private final Circuit circuit;
    private final JavaText java = new JavaText();
    private final Map<Integer, Term> values = new HashMap<>();
    private final Map<Integer, Target> targets = new HashMap<>();
    private final Map<Integer, Mem> mems = new HashMap<>();
    private final Map<Integer, Input> inputs = new LinkedHashMap<>();
    private final Map<Integer, Output> outputs = new LinkedHashMap<>();
    private final Map<Integer, HwType> types = new HashMap<>();
    private final List<CircuitModule> children = new ArrayList<>();
    private final ClockDomain async;

    /** A signal that statements assign, and the Java that names it. */
    private record Target(Signal s, String code) {}

    public CircuitModule(Circuit c) {
        this.circuit = c;
        async = c.needsAsyncDomain() ? clockDomain("a", ResetKind.ASYNC) : null;
        if (async != null) java.line("a = clockDomain(\"a\", ResetKind.ASYNC);");
        for (Circuit.Port p : c.inputs()) {
            String n = "i" + p.id();
            Input in = input(p.type()).named(n);
            java.line(n + " = input(" + Term.type(p.type()) + ").named(\"" + n + "\");");
            inputs.put(p.id(), in);
            define(p.id(), new Term(in, n));
        }
        for (Circuit.Port p : c.outputs()) {
            String n = "o" + p.id();
            Output out = output(p.type()).named(n);
            java.line(n + " = output(" + Term.type(p.type()) + ").named(\"" + n + "\");");
            outputs.put(p.id(), out);
            targets.put(p.id(), new Target(out, n));
            types.put(p.id(), p.type());
        }
        for (Node n : c.nodes()) declare(n);
        for (Statement s : c.body()) statement(s);
    }

    @Override public String moduleName() { return circuit.name(); }

    public Circuit circuit() { return circuit; }

    /** Input port by circuit id, in port order. */
    public Map<Integer, Input> inputs() { return Collections.unmodifiableMap(inputs); }

    public Map<Integer, Output> outputs() { return Collections.unmodifiableMap(outputs); }

    /** The asynchronous-reset domain 'a', or null when the circuit needs none. */
    public ClockDomain asyncDomain() { return async; }

    /** The built type of every value and target id. */
    public Map<Integer, HwType> types() { return Collections.unmodifiableMap(types); }

    /** The instances this module built, in order. */
    public List<CircuitModule> children() { return Collections.unmodifiableList(children); }

    /** The constructor body as Java, indented {@code extra} levels. */
    String constructorBody(int extra) { return java.text(extra); }

    // ---- declarations -------------------------------------------------------------------

    private void define(int id, Term t) {
        values.put(id, t);
        types.put(id, t.type());
    }

    private Term value(int id) {
        Term t = values.get(id);
        if (t == null) throw new IllegalArgumentException(circuit.name() + ": value " + id + " is read before it is declared");
        return t;
    }

    private void declare(Node node) {
        switch (node) {
            case Node.Const k -> {
                String n = "n" + k.id();
                BigInteger v = Coerce.valueOf(k.value(), k.type());
                Literal l = Hcl.lit(v, k.type());
                java.line("Value " + n + " = lit(" + bigLiteral(v) + ", " + Term.type(k.type()) + ");");
                define(k.id(), new Term(l, n));
            }
            case Node.Expr e -> {
                String n = "n" + e.id();
                Term t = expr(e);
                java.line("Value " + n + " = " + t.code() + ";");
                define(e.id(), new Term(t.v(), n));
            }
            case Node.Wire w -> {
                String n = "w" + w.id();
                Wire s = wire(w.type()).named(n);
                java.line("Wire " + n + " = wire(" + Term.type(w.type()) + ").named(\"" + n + "\");");
                define(w.id(), new Term(s, n));
                targets.put(w.id(), new Target(s, n));
            }
            case Node.Reg r -> declareReg(r);
            case Node.Mem m -> declareMem(m);
            case Node.SyncRead r -> {
                String n = "q" + r.id();
                Mem m = mem(r.mem());
                Term addr = value(r.addr()).fit(Hcl.UInt(m.addrWidth()));
                SyncRead s;
                if (r.enable() < 0) {
                    s = m.readSync(addr.v()).named(n);
                    java.line("SyncRead " + n + " = m" + r.mem() + ".readSync(" + addr.code() + ").named(\"" + n + "\");");
                } else {
                    Term en = value(r.enable()).bool();
                    s = m.readSync(addr.v(), en.v()).named(n);
                    java.line("SyncRead " + n + " = m" + r.mem() + ".readSync(" + addr.code() + ", " + en.code() + ").named(\"" + n + "\");");
                }
                define(r.id(), new Term(s, n));
            }
            case Node.AsyncRead r -> {
                String n = "n" + r.id();
                Mem m = mem(r.mem());
                Term addr = value(r.addr()).fit(Hcl.UInt(m.addrWidth()));
                java.line("Value " + n + " = m" + r.mem() + ".readAsync(" + addr.code() + ");");
                define(r.id(), new Term(m.readAsync(addr.v()), n));
            }
            case Node.Instance i -> declareInstance(i);
        }
    }

    private void declareReg(Node.Reg r) {
        String n = "r" + r.id();
        Reg s = async != null && r.async() ? reg(r.type(), async) : reg(r.type());
        String make = r.async() ? "reg(" + Term.type(r.type()) + ", a)" : "reg(" + Term.type(r.type()) + ")";
        if (r.init() != null) {
            BigInteger v = Coerce.valueOf(r.init(), r.type());
            if (v.bitLength() < 64) {
                s.init(v.longValue());
                make += ".init(" + JavaText.literal(v.longValue()) + ")";
            } else {
                s.init(Hcl.lit(v, r.type()));
                make += ".init(lit(" + bigLiteral(v) + ", " + Term.type(r.type()) + "))";
            }
        }
        s.named(n);
        java.line("Reg " + n + " = " + make + ".named(\"" + n + "\");");
        define(r.id(), new Term(s, n));
        targets.put(r.id(), new Target(s, n));
    }

    private void declareMem(Node.Mem m) {
        String n = "m" + m.id();
        int depth = Math.max(2, m.depth());
        Mem mem = m.async() && async != null ? inDomain(async, () -> mem(m.type(), depth)) : mem(m.type(), depth);
        mem.named(n);
        String make = m.async() ? "inDomain(a, () -> mem(" + Term.type(m.type()) + ", " + depth + "))" : "mem(" + Term.type(m.type()) + ", " + depth + ")";
        make += ".named(\"" + n + "\")";
        if (m.readUnderWrite() == ReadUnderWrite.WRITE_FIRST) {
            mem.readUnderWrite(ReadUnderWrite.WRITE_FIRST);
            make += ".readUnderWrite(ReadUnderWrite.WRITE_FIRST)";
        }
        java.line("Mem " + n + " = " + make + ";");
        mems.put(m.id(), mem);
    }

    private Mem mem(int id) {
        Mem m = mems.get(id);
        if (m == null) throw new IllegalArgumentException(circuit.name() + ": memory " + id + " is used before it is declared");
        return m;
    }

    private void declareInstance(Node.Instance i) {
        Circuit sub = circuit.subs().get(i.sub());
        String u = "u" + i.id();
        String cls = JavaSource.className(sub.name());
        CircuitModule child = instance(new CircuitModule(sub));
        child.body().nameInstanceIfWeaker(u, NameSource.EXPLICIT);
        children.add(child);
        java.line(cls + " " + u + " = instance(new " + cls + "());");
        java.line(u + ".body().nameInstanceIfWeaker(\"" + u + "\", NameSource.EXPLICIT);");
        if (child.async != null) {
            child.async.clock().set(async.clock());
            child.async.reset().set(async.reset());
            java.line(u + ".a.clock().set(a.clock());");
            java.line(u + ".a.reset().set(a.reset());");
        }
        for (int k = 0; k < sub.inputs().size(); k++) {
            int childId = sub.inputs().get(k).id();
            targets.put(i.inputs().get(k), new Target(child.inputs.get(childId), u + ".i" + childId));
            types.put(i.inputs().get(k), child.inputs.get(childId).type());
        }
        for (int k = 0; k < sub.outputs().size(); k++) {
            int childId = sub.outputs().get(k).id();
            define(i.outputs().get(k), new Term(child.outputs.get(childId), u + ".o" + childId));
        }
    }

    // ---- operators ----------------------------------------------------------------------

    private Term expr(Node.Expr e) {
        List<Term> a = new ArrayList<>();
        for (int id : e.args()) a.add(value(id));
        int min = e.op().arity < 0 ? (e.op() == OpCode.SELECT ? 2 : 1) : e.op().arity;
        if (a.size() < min || e.op().arity >= 0 && a.size() != e.op().arity) {
            throw new IllegalArgumentException(circuit.name() + ": " + e.op() + " with " + a.size() + " operands in " + e);
        }
        Term r = op(e, a);
        List<HwType> argTypes = a.stream().map(Term::type).toList();
        HwType expect = e.op().resultType(argTypes, e.p(), e.q());
        if (!expect.equals(r.type())) {
            throw new IllegalStateException("OpCode." + e.op() + ".resultType" + argTypes + " says " + expect + " but the HCL built " + r.type() + " for " + e);
        }
        return r;
    }

    private static Term op(Node.Expr e, List<Term> a) {
        Term x = a.getFirst();
        Term y = a.size() > 1 ? a.get(1).sign(x.signed()) : null;
        int p = e.p();
        int w = x.width();
        long k = Coerce.constant(e.k(), x.type());
        Value xv = x.v();
        return switch (e.op()) {
            case ADD -> x.call("add", xv.add(y.v()), y);
            case ADD_GROW -> x.call("addGrow", xv.addGrow(y.v()), y);
            case SUB -> x.call("sub", xv.sub(y.v()), y);
            case SUB_GROW -> x.call("subGrow", xv.subGrow(y.v()), y);
            case MUL_FULL -> x.call("mulFull", xv.mulFull(y.v()), y);
            case ADD_K -> x.call("add", xv.add(k), k);
            case ADD_GROW_K -> x.call("addGrow", xv.addGrow(k), k);
            case SUB_K -> x.call("sub", xv.sub(k), k);
            case AND_K -> x.call("and", xv.and(k), k);
            case OR_K -> x.call("or", xv.or(k), k);
            case XOR_K -> x.call("xor", xv.xor(k), k);
            case EQ_K -> x.call("eq", xv.eq(k), k);
            case NE_K -> x.call("ne", xv.ne(k), k);
            case LT_K -> x.call("lt", xv.lt(k), k);
            case LE_K -> x.call("le", xv.le(k), k);
            case GT_K -> x.call("gt", xv.gt(k), k);
            case GE_K -> x.call("ge", xv.ge(k), k);
            case NEG -> x.call("neg", xv.neg());
            case NOT -> x.call("not", xv.not());
            case AND -> x.call("and", xv.and(y.v()), y);
            case OR -> x.call("or", xv.or(y.v()), y);
            case XOR -> x.call("xor", xv.xor(y.v()), y);
            case EQ -> x.call("eq", xv.eq(y.v()), y);
            case NE -> x.call("ne", xv.ne(y.v()), y);
            case LT -> x.call("lt", xv.lt(y.v()), y);
            case LE -> x.call("le", xv.le(y.v()), y);
            case GT -> x.call("gt", xv.gt(y.v()), y);
            case GE -> x.call("ge", xv.ge(y.v()), y);
            case SHL -> x.call("shl", xv.shl(Coerce.shiftAmount(p)), Coerce.shiftAmount(p));
            case SHR -> x.call("shr", xv.shr(Coerce.shiftAmount(p)), Coerce.shiftAmount(p));
            case SHL_DYN -> {
                Term amt = a.get(1).fit(Hcl.UInt(Coerce.dynShiftWidth(p)));
                yield x.call("shl", xv.shl(amt.v()), amt);
            }
            case SHL_WRAP -> {
                Term amt = a.get(1).sign(false);
                yield x.call("shlWrap", xv.shlWrap(amt.v()), amt);
            }
            case SHR_DYN -> {
                Term amt = a.get(1).sign(false);
                yield x.call("shr", xv.shr(amt.v()), amt);
            }
            case BITS -> {
                int hi = Coerce.hi(p, w);
                int lo = Coerce.lo(e.q(), hi);
                yield x.call("bits", xv.bits(hi, lo), hi, lo);
            }
            case BIT -> x.call("bit", xv.bit(Coerce.hi(p, w)), Coerce.hi(p, w));
            case MSB -> x.call("msb", xv.msb());
            case TRUNC -> x.call("trunc", xv.trunc(Coerce.truncWidth(p, w)), Coerce.truncWidth(p, w));
            case SEXT -> x.call("sext", xv.sext(Coerce.extWidth(p, w)), Coerce.extWidth(p, w));
            case ZEXT -> x.call("zext", xv.zext(Coerce.extWidth(p, w)), Coerce.extWidth(p, w));
            case EXT -> x.call("ext", xv.ext(Coerce.extWidth(p, w)), Coerce.extWidth(p, w));
            case AS_SINT -> x.call("asSInt", xv.asSInt());
            case AS_UINT -> x.call("asUInt", xv.asUInt());
            case CAT -> {
                Value[] rest = new Value[a.size() - 1];
                for (int i = 1; i < a.size(); i++) rest[i - 1] = a.get(i).v();
                if ((p & 1) == 0) yield x.call("cat", xv.cat(rest), a.subList(1, a.size()).toArray());
                yield Term.of("cat", Hcl.cat(a.stream().map(Term::v).toList()), a.toArray());
            }
            case REPEAT -> x.call("repeat", xv.repeat(Coerce.repeatCount(p)), Coerce.repeatCount(p));
            case AND_R -> x.call("andR", xv.andR());
            case OR_R -> x.call("orR", xv.orR());
            case XOR_R -> x.call("xorR", xv.xorR());
            case MUX -> {
                Term sel = x.bool();
                Term t = a.get(1);
                Term f = a.get(2).sign(t.signed());
                yield Term.of("mux", Hcl.mux(sel.v(), t.v(), f.v()), sel, t, f);
            }
            case SELECT -> {
                Term index = x.fit(Hcl.UInt(Coerce.selectIndexWidth(p)));
                HwType itemType = a.get(1).type();
                List<Term> items = a.subList(1, a.size()).stream().map(t -> t.fit(itemType)).toList();
                String list = "List.of(" + String.join(", ", items.stream().map(Term::code).toList()) + ")";
                yield Term.of("select", Hcl.select(index.v(), items.stream().map(Term::v).toList()), index, list);
            }
        };
    }

    // ---- statements ---------------------------------------------------------------------

    private void statements(List<Statement> ss) {
        java.indent();
        for (Statement s : ss) statement(s);
        java.dedent();
    }

    private void statement(Statement s) {
        switch (s) {
            case Statement.Assign a -> assign(a);
            case Statement.If i -> whenStatement(i);
            case Statement.Switch sw -> switchStatement(sw);
            case Statement.Write w -> write(w);
        }
    }

    private void assign(Statement.Assign a) {
        Target t = targets.get(a.target());
        if (t == null) throw new IllegalArgumentException(circuit.name() + ": no target " + a.target());
        Term v = value(a.value());
        int w = t.s().width();
        int hi = a.whole() ? w - 1 : Coerce.hi(a.hi(), w);
        int lo = a.whole() ? 0 : Coerce.lo(a.lo(), hi);
        if (lo == 0 && hi == w - 1) {
            Long c = constantOf(a.value(), t.s().type());
            if (c != null) {
                t.s().set(c);
                java.line(t.code() + ".set(" + JavaText.literal(c) + ");");
                return;
            }
            Term f = v.fit(t.s().type());
            t.s().set(f.v());
            java.line(t.code() + ".set(" + f.code() + ");");
        } else if (hi == lo) {
            Term f = v.fit(Hcl.Bool());
            t.s().setBit(lo, f.v());
            java.line(t.code() + ".setBit(" + lo + ", " + f.code() + ");");
        } else {
            Term f = v.fit(Hcl.UInt(hi - lo + 1));
            t.s().assignBits(hi, lo, f.v());
            java.line(t.code() + ".assignBits(" + hi + ", " + lo + ", " + f.code() + ");");
        }
    }

    /** The constant a whole assignment can use set(long) for: a Const of exactly the target's type that a long holds. */
    private Long constantOf(int id, HwType target) {
        Term t = values.get(id);
        if (!(t.v() instanceof Literal l) || !l.type().equals(target) || l.value().bitLength() >= 64) return null;
        return l.value().longValue();
    }

    private void whenStatement(Statement.If s) {
        Term c = value(s.cond()).bool();
        java.line("when(" + c.code() + ", () -> {");
        WhenChain chain = when(c.v(), () -> statements(s.then()));
        List<Statement> other = s.otherwise();
        while (other.size() == 1 && other.getFirst() instanceof Statement.If nested) {
            Term c2 = value(nested.cond()).bool();
            java.line("}).elseWhen(" + c2.code() + ", () -> {");
            chain = chain.elseWhen(c2.v(), () -> statements(nested.then()));
            other = nested.otherwise();
        }
        if (!other.isEmpty()) {
            List<Statement> last = other;
            java.line("}).otherwise(() -> {");
            chain.otherwise(() -> statements(last));
        }
        java.line("});");
    }

    private void switchStatement(Statement.Switch sw) {
        Term sel = value(sw.selector()).fit(sw.selType());
        List<long[]> labels = new ArrayList<>();
        List<List<Statement>> bodies = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Statement.Case c : sw.cases()) {
            List<Long> vs = new ArrayList<>();
            for (long pattern : c.values()) {
                Long v = Coerce.caseValue(pattern, sw.selType());
                if (v != null && seen.add(v)) vs.add(v);
            }
            if (vs.isEmpty()) continue;
            labels.add(vs.stream().mapToLong(Long::longValue).toArray());
            bodies.add(c.body());
        }
        if (labels.isEmpty() && sw.otherwise() == null) return;
        SwitchBuilder b = switchOn(sel.v());
        String lead = "switchOn(" + sel.code() + ")";
        for (int i = 0; i < labels.size(); i++) {
            long[] vs = labels.get(i);
            List<Statement> body = bodies.get(i);
            java.line((i == 0 ? lead : "})") + ".is(" + labelCode(vs) + ", () -> {");
            b = b.is(vs, () -> statements(body));
        }
        if (sw.otherwise() != null) {
            java.line((labels.isEmpty() ? lead : "})") + ".otherwise(() -> {");
            b.otherwise(() -> statements(sw.otherwise()));
        }
        java.line("});");
    }

    private static String labelCode(long[] vs) {
        if (vs.length == 1) return JavaText.literal(vs[0]);
        if (vs.length == 2) return JavaText.literal(vs[0]) + ", " + JavaText.literal(vs[1]);
        List<String> parts = new ArrayList<>();
        for (long v : vs) parts.add(JavaText.literal(v));
        return "new long[] {" + String.join(", ", parts) + "}";
    }

    private void write(Statement.Write w) {
        Mem m = mem(w.mem());
        Term addr = value(w.addr()).fit(Hcl.UInt(m.addrWidth()));
        Term data = value(w.data()).fit(m.type());
        String n = "m" + w.mem();
        if (w.mask() < 0) {
            m.write(addr.v(), data.v());
            java.line(n + ".write(" + addr.code() + ", " + data.code() + ");");
            return;
        }
        Term mask = value(w.mask()).fit(Hcl.UInt(Coerce.lanes(w.lanes(), m.type().width())));
        m.write(addr.v(), data.v(), mask.v());
        java.line(n + ".write(" + addr.code() + ", " + data.code() + ", " + mask.code() + ");");
    }

    private static String bigLiteral(BigInteger v) {
        return v.bitLength() < 64 ? JavaText.literal(v.longValue()) : "new BigInteger(\"" + v + "\")";
    }
}
