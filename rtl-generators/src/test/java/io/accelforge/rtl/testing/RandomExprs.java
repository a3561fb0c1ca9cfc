package io.accelforge.rtl.testing;

import static io.accelforge.rtl.testing.Ref.bool;
import static io.accelforge.rtl.testing.Ref.mask;
import static io.accelforge.rtl.testing.Ref.pattern;
import static io.accelforge.rtl.testing.Ref.value;
import static io.accelforge.rtl.testing.Ref.wrap;

import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Random expression trees over given leaves using every operator of Value and Hcl. Each node
 * carries the type the HCL must give it and a reference evaluation written here from the
 * operator's definition, so the interpreter and the emitted Verilog can be checked against it.
 * Must run inside a module under construction (operators build hardware nodes).
 */
public final class RandomExprs {
    /** Every operator this generator can build; a long enough run uses them all. */
    public static final Set<String> OPERATORS = Set.of("add", "addConst", "addGrow", "sub", "subConst", "subGrow", "mulFull", "neg",
            "and", "andConst", "or", "orConst", "xor", "xorConst", "not", "eq", "ne", "lt", "le", "gt", "ge", "cmpConst",
            "shl", "shr", "dshl", "shlWrap", "dshr", "bits", "bit", "msb", "trunc", "sext", "zext", "ext", "asSInt", "asUInt",
            "cat", "catMethod", "repeat", "andR", "orR", "xorR", "mux", "select", "lit");

    /** Results wider than this are cut back with trunc(), keeping trees (and the C++ Verilator builds) small. */
    private static final int MAX_WIDTH = 160;

    /** A hardware value, its expected type, a readable form, and its reference value given the leaf values. */
    public record Expr(Value hw, HwType type, String text, Function<BigInteger[], BigInteger> ref) {
        public BigInteger eval(BigInteger[] leaves) { return ref.apply(leaves); }
    }

    private final Random rnd;
    private final List<Expr> leaves;
    private final Set<String> used = new TreeSet<>();

    public RandomExprs(Random rnd, List<Expr> leaves) {
        this.rnd = rnd;
        this.leaves = List.copyOf(leaves);
    }

    /** The operators built so far. */
    public Set<String> used() { return used; }

    /** A random type: widths around the 1/32/64/128-bit representation edges half of the time. */
    public static HwType randomType(Random rnd) {
        int[] edges = {1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 127, 128, 129, 130};
        int w = rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)] : 1 + rnd.nextInt(130);
        return new HwType(w, w > 1 && rnd.nextBoolean());
    }

    /** A random value of type {@code t}: edge values (0, 1, -1, min, max, top bit) half of the time. */
    public static BigInteger randomValue(HwType t, Random rnd) {
        BigInteger[] edges = {BigInteger.ZERO, BigInteger.ONE, t.minValue(), t.maxValue(), BigInteger.ONE.negate(),
            BigInteger.ONE.shiftLeft(t.width() - 1)};
        BigInteger v = rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)] : new BigInteger(t.width(), rnd);
        return wrap(v, t);
    }

    // ---- trees --------------------------------------------------------------------------

    public Expr gen(int depth) {
        if (depth <= 0 || rnd.nextInt(6) == 0) return leaf();
        Expr e = switch (rnd.nextInt(14)) {
            case 0, 1 -> arith(depth);
            case 2, 3 -> logic(depth);
            case 4 -> compare(depth);
            case 5, 6 -> shift(depth);
            case 7, 8 -> bits(depth);
            case 9 -> resize(depth);
            case 10 -> concat(depth);
            case 11 -> reduce(depth);
            case 12 -> mux(depth);
            default -> select(depth);
        };
        if (e.type().width() > MAX_WIDTH) e = trunc(e, 1 + rnd.nextInt(MAX_WIDTH));
        return e;
    }

    /** A tree of the given signedness (converted with asSInt/asUInt when it comes out otherwise). */
    public Expr gen(int depth, boolean signed) {
        Expr e = gen(depth);
        if (e.type().signed() == signed) return e;
        return signed ? asSInt(e) : asUInt(e);
    }

    /** A 1-bit condition. */
    public Expr genBool(int depth) {
        Expr e = gen(depth);
        if (e.type().isBool()) return e;
        return switch (rnd.nextInt(3)) {
            case 0 -> unary("bit", e, e.hw().bit(0), Hcl.Bool(), a -> pattern(a, 1));
            case 1 -> unary("orR", e, e.hw().orR(), Hcl.Bool(), a -> bool(a.signum() != 0));
            default -> unary("msb", e, e.hw().msb(), Hcl.Bool(), a -> bool(pattern(a, e.type().width()).testBit(e.type().width() - 1)));
        };
    }

    /** An unsigned value of exactly {@code w} bits. */
    public Expr genUInt(int depth, int w) { return fit(gen(depth, false), new HwType(w, false)); }

    /** {@code e} made into type {@code t}: trunc or ext to the width, then asSInt/asUInt. */
    public Expr fit(Expr e, HwType t) {
        Expr r = e;
        if (r.type().width() > t.width()) r = trunc(r, t.width());
        else if (r.type().width() < t.width()) r = ext(r, t.width());
        if (r.type().signed() != t.signed()) r = t.signed() ? asSInt(r) : asUInt(r);
        return r;
    }

    private Expr leaf() {
        if (rnd.nextInt(4) == 0) {
            HwType t = randomType(rnd);
            BigInteger v = randomValue(t, rnd);
            used.add("lit");
            return new Expr(Hcl.lit(v, t), t, t + ".lit(" + v + ")", x -> v);
        }
        return leaves.get(rnd.nextInt(leaves.size()));
    }

    // ---- operators ----------------------------------------------------------------------

    private Expr arith(int depth) {
        Expr a = gen(depth - 1);
        boolean s = a.type().signed();
        int k = rnd.nextInt(8);
        if (k == 7) return unary("neg", a, a.hw().neg(), a.type(), x -> wrap(x.negate(), a.type()));
        if (k >= 5) {
            long c = smallConstant(a.type());
            HwType t = a.type();
            return k == 5
                    ? unary("addConst", a, a.hw().add(c), t, x -> wrap(x.add(BigInteger.valueOf(c)), t), "add(" + c + ")")
                    : unary("subConst", a, a.hw().sub(c), t, x -> wrap(x.subtract(BigInteger.valueOf(c)), t), "sub(" + c + ")");
        }
        Expr b = gen(depth - 1, s);
        int w = Math.max(a.type().width(), b.type().width());
        return switch (k) {
            case 0 -> binary("add", a, b, a.hw().add(b.hw()), new HwType(w, s), (x, y) -> x.add(y));
            case 1 -> binary("addGrow", a, b, a.hw().addGrow(b.hw()), new HwType(w + 1, s), (x, y) -> x.add(y));
            case 2 -> binary("sub", a, b, a.hw().sub(b.hw()), new HwType(w, s), (x, y) -> x.subtract(y));
            case 3 -> binary("subGrow", a, b, a.hw().subGrow(b.hw()), new HwType(w + 1, s), (x, y) -> x.subtract(y));
            default -> binary("mulFull", a, b, a.hw().mulFull(b.hw()), new HwType(a.type().width() + b.type().width(), s), (x, y) -> x.multiply(y));
        };
    }

    private Expr logic(int depth) {
        Expr a = gen(depth - 1);
        boolean s = a.type().signed();
        int k = rnd.nextInt(7);
        if (k == 6) return unary("not", a, a.hw().not(), a.type(), x -> wrap(x.not(), a.type()));
        if (k >= 3) {
            long c = smallConstant(a.type());
            BigInteger cb = BigInteger.valueOf(c);
            HwType t = a.type();
            return switch (k) {
                case 3 -> unary("andConst", a, a.hw().and(c), t, x -> wrap(x.and(cb), t), "and(" + c + ")");
                case 4 -> unary("orConst", a, a.hw().or(c), t, x -> wrap(x.or(cb), t), "or(" + c + ")");
                default -> unary("xorConst", a, a.hw().xor(c), t, x -> wrap(x.xor(cb), t), "xor(" + c + ")");
            };
        }
        Expr b = gen(depth - 1, s);
        HwType t = new HwType(Math.max(a.type().width(), b.type().width()), s);
        return switch (k) {
            case 0 -> binary("and", a, b, a.hw().and(b.hw()), t, BigInteger::and);
            case 1 -> binary("or", a, b, a.hw().or(b.hw()), t, BigInteger::or);
            default -> binary("xor", a, b, a.hw().xor(b.hw()), t, BigInteger::xor);
        };
    }

    private Expr compare(int depth) {
        Expr a = gen(depth - 1);
        HwType bool = Hcl.Bool();
        if (rnd.nextInt(4) == 0) {
            long c = smallConstant(a.type());
            BigInteger cb = BigInteger.valueOf(c);
            return switch (rnd.nextInt(6)) {
                case 0 -> unary("cmpConst", a, a.hw().eq(c), bool, x -> bool(x.equals(cb)), "eq(" + c + ")");
                case 1 -> unary("cmpConst", a, a.hw().ne(c), bool, x -> bool(!x.equals(cb)), "ne(" + c + ")");
                case 2 -> unary("cmpConst", a, a.hw().lt(c), bool, x -> bool(x.compareTo(cb) < 0), "lt(" + c + ")");
                case 3 -> unary("cmpConst", a, a.hw().le(c), bool, x -> bool(x.compareTo(cb) <= 0), "le(" + c + ")");
                case 4 -> unary("cmpConst", a, a.hw().gt(c), bool, x -> bool(x.compareTo(cb) > 0), "gt(" + c + ")");
                default -> unary("cmpConst", a, a.hw().ge(c), bool, x -> bool(x.compareTo(cb) >= 0), "ge(" + c + ")");
            };
        }
        Expr b = gen(depth - 1, a.type().signed());
        return switch (rnd.nextInt(6)) {
            case 0 -> binary("eq", a, b, a.hw().eq(b.hw()), bool, (x, y) -> bool(x.equals(y)));
            case 1 -> binary("ne", a, b, a.hw().ne(b.hw()), bool, (x, y) -> bool(!x.equals(y)));
            case 2 -> binary("lt", a, b, a.hw().lt(b.hw()), bool, (x, y) -> bool(x.compareTo(y) < 0));
            case 3 -> binary("le", a, b, a.hw().le(b.hw()), bool, (x, y) -> bool(x.compareTo(y) <= 0));
            case 4 -> binary("gt", a, b, a.hw().gt(b.hw()), bool, (x, y) -> bool(x.compareTo(y) > 0));
            default -> binary("ge", a, b, a.hw().ge(b.hw()), bool, (x, y) -> bool(x.compareTo(y) >= 0));
        };
    }

    private Expr shift(int depth) {
        Expr a = gen(depth - 1);
        HwType ta = a.type();
        int wa = ta.width();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                int n = rnd.nextInt(7);
                return unary("shl", a, a.hw().shl(n), ta.withWidth(wa + n), x -> x.shiftLeft(n), "shl(" + n + ")");
            }
            case 1 -> {
                int n = rnd.nextInt(wa + 2);
                return unary("shr", a, a.hw().shr(n), ta, x -> x.shiftRight(n), "shr(" + n + ")");
            }
            case 2 -> {
                Expr amt = genUInt(depth - 1, 1 + rnd.nextInt(3));
                HwType t = ta.withWidth(wa + (1 << amt.type().width()) - 1);
                return binary("dshl", a, amt, a.hw().shl(amt.hw()), t, (x, k) -> x.shiftLeft(k.intValueExact()));
            }
            case 3 -> {
                Expr amt = genUInt(depth - 1, 1 + rnd.nextInt(8));
                return binary("shlWrap", a, amt, a.hw().shlWrap(amt.hw()), ta, (x, k) -> x.shiftLeft(k.intValueExact()));
            }
            default -> {
                Expr amt = genUInt(depth - 1, 1 + rnd.nextInt(8));
                return binary("dshr", a, amt, a.hw().shr(amt.hw()), ta, (x, k) -> x.shiftRight(k.intValueExact()));
            }
        }
    }

    private Expr bits(int depth) {
        Expr a = gen(depth - 1);
        int wa = a.type().width();
        switch (rnd.nextInt(3)) {
            case 0 -> {
                int lo = rnd.nextInt(wa);
                int hi = lo + rnd.nextInt(wa - lo);
                return unary("bits", a, a.hw().bits(hi, lo), new HwType(hi - lo + 1, false),
                        x -> pattern(x, wa).shiftRight(lo).and(mask(hi - lo + 1)), "bits(" + hi + ", " + lo + ")");
            }
            case 1 -> {
                int i = rnd.nextInt(wa);
                return unary("bit", a, a.hw().bit(i), Hcl.Bool(), x -> bool(pattern(x, wa).testBit(i)), "bit(" + i + ")");
            }
            default -> {
                return unary("msb", a, a.hw().msb(), Hcl.Bool(), x -> bool(pattern(x, wa).testBit(wa - 1)));
            }
        }
    }

    private Expr resize(int depth) {
        Expr a = gen(depth - 1);
        int wa = a.type().width();
        return switch (rnd.nextInt(6)) {
            case 0 -> trunc(a, 1 + rnd.nextInt(wa));
            case 1 -> {
                int w = wa + rnd.nextInt(70);
                HwType t = a.type().withWidth(w);
                yield unary("sext", a, a.hw().sext(w), t, x -> wrap(value(pattern(x, wa), new HwType(wa, true)), t), "sext(" + w + ")");
            }
            case 2 -> {
                int w = wa + rnd.nextInt(70);
                HwType t = a.type().withWidth(w);
                yield unary("zext", a, a.hw().zext(w), t, x -> wrap(pattern(x, wa), t), "zext(" + w + ")");
            }
            case 3 -> ext(a, wa + rnd.nextInt(70));
            case 4 -> asSInt(a);
            default -> asUInt(a);
        };
    }

    private Expr concat(int depth) {
        int n = 1 + rnd.nextInt(3);
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(gen(depth - 1));
        if (rnd.nextInt(3) == 0) {
            Expr a = parts.getFirst();
            int count = 1 + rnd.nextInt(3);
            int wa = a.type().width();
            return unary("repeat", a, a.hw().repeat(count), new HwType(wa * count, false), x -> {
                BigInteger p = pattern(x, wa);
                BigInteger r = BigInteger.ZERO;
                for (int i = 0; i < count; i++) r = r.shiftLeft(wa).or(p);
                return r;
            }, "repeat(" + count + ")");
        }
        int w = parts.stream().mapToInt(p -> p.type().width()).sum();
        boolean method = parts.size() > 1 && rnd.nextBoolean();
        Value hw;
        if (method) {
            Value[] rest = new Value[parts.size() - 1];
            for (int i = 1; i < parts.size(); i++) rest[i - 1] = parts.get(i).hw();
            hw = parts.getFirst().hw().cat(rest);
        } else {
            hw = Hcl.cat(parts.stream().map(Expr::hw).toList());
        }
        String name = method ? "catMethod" : "cat";
        used.add(name);
        List<Expr> ps = List.copyOf(parts);
        return checked(new Expr(hw, new HwType(w, false), name + ps.stream().map(Expr::text).toList(), x -> {
            BigInteger r = BigInteger.ZERO;
            for (Expr p : ps) r = r.shiftLeft(p.type().width()).or(pattern(p.eval(x), p.type().width()));
            return r;
        }));
    }

    private Expr reduce(int depth) {
        Expr a = gen(depth - 1);
        int wa = a.type().width();
        HwType b = Hcl.Bool();
        return switch (rnd.nextInt(3)) {
            case 0 -> unary("andR", a, a.hw().andR(), b, x -> bool(pattern(x, wa).equals(mask(wa))));
            case 1 -> unary("orR", a, a.hw().orR(), b, x -> bool(x.signum() != 0));
            default -> unary("xorR", a, a.hw().xorR(), b, x -> bool(pattern(x, wa).bitCount() % 2 == 1));
        };
    }

    private Expr mux(int depth) {
        Expr sel = genBool(depth - 1);
        Expr t = gen(depth - 1);
        Expr f = gen(depth - 1, t.type().signed());
        HwType type = new HwType(Math.max(t.type().width(), f.type().width()), t.type().signed());
        used.add("mux");
        return checked(new Expr(Hcl.mux(sel.hw(), t.hw(), f.hw()), type, "mux(" + sel.text() + ", " + t.text() + ", " + f.text() + ")",
                x -> sel.eval(x).signum() != 0 ? t.eval(x) : f.eval(x)));
    }

    private Expr select(int depth) {
        int n = 2 + rnd.nextInt(5);
        int minBits = Hcl.log2Up(n);
        Expr index = genUInt(depth - 1, minBits + rnd.nextInt(3));
        boolean s = rnd.nextBoolean();
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(gen(depth - 2, s));
        int w = items.stream().mapToInt(i -> i.type().width()).max().orElseThrow();
        used.add("select");
        List<Expr> its = List.copyOf(items);
        return checked(new Expr(Hcl.select(index.hw(), its.stream().map(Expr::hw).toList()), new HwType(w, s),
                "select(" + index.text() + ", " + its.stream().map(Expr::text).toList() + ")",
                x -> its.get((int) Math.min(index.eval(x).longValueExact(), n - 1)).eval(x)));
    }

    private Expr trunc(Expr a, int w) {
        HwType t = a.type().withWidth(w);
        return unary("trunc", a, a.hw().trunc(w), t, x -> wrap(x, t), "trunc(" + w + ")");
    }

    private Expr ext(Expr a, int w) {
        HwType t = a.type().withWidth(w);
        return unary("ext", a, a.hw().ext(w), t, x -> x, "ext(" + w + ")");
    }

    private Expr asSInt(Expr a) {
        HwType t = new HwType(a.type().width(), true);
        return unary("asSInt", a, a.hw().asSInt(), t, x -> value(pattern(x, t.width()), t));
    }

    private Expr asUInt(Expr a) {
        HwType t = new HwType(a.type().width(), false);
        return unary("asUInt", a, a.hw().asUInt(), t, x -> pattern(x, t.width()));
    }

    /** A constant that fits {@code t} (operators with a long operand take it in the value's own type). */
    private long smallConstant(HwType t) {
        BigInteger lo = t.minValue().max(BigInteger.valueOf(-1000));
        BigInteger hi = t.maxValue().min(BigInteger.valueOf(1000));
        return lo.longValueExact() + rnd.nextInt(hi.subtract(lo).intValueExact() + 1);
    }

    // ---- node builders ------------------------------------------------------------------

    private Expr unary(String op, Expr a, Value hw, HwType t, Function<BigInteger, BigInteger> f) { return unary(op, a, hw, t, f, op); }

    private Expr unary(String op, Expr a, Value hw, HwType t, Function<BigInteger, BigInteger> f, String shown) {
        used.add(op);
        return checked(new Expr(hw, t, shown + "(" + a.text() + ")", x -> wrap(f.apply(a.eval(x)), t)));
    }

    private Expr binary(String op, Expr a, Expr b, Value hw, HwType t, java.util.function.BinaryOperator<BigInteger> f) {
        used.add(op);
        return checked(new Expr(hw, t, op + "(" + a.text() + ", " + b.text() + ")", x -> wrap(f.apply(a.eval(x), b.eval(x)), t)));
    }

    /** The HCL must give each node exactly the type its operator's definition says. */
    private static Expr checked(Expr e) {
        if (!e.hw().type().equals(e.type())) {
            throw new AssertionError("type of " + e.text() + ": expected " + e.type() + ", HCL built " + e.hw().type());
        }
        return e;
    }
}
