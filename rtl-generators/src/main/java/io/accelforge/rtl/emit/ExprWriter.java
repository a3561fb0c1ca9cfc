package io.accelforge.rtl.emit;

import io.accelforge.rtl.hcl.AsyncRead;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.OpKind;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.lower.Constants;
import io.accelforge.rtl.lower.UniqueNames;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes value trees as Verilog expressions in which every operator works at exactly its
 * own width: operands are extended explicitly, so Verilog's context-dependent widths never
 * change a result. A value read twice, or one that must be bit-selected, becomes a
 * temporary wire named after the target that first needs it (sum_add, y_mux, ...).
 */
final class ExprWriter {
    private final Map<Value, Integer> refs;
    private final Map<Value, String> temps = new IdentityHashMap<>();
    private final Constants constants = new Constants();
    private final UniqueNames names;
    private final Usage usage;
    private final Function<Signal, String> signalName;
    private final StringBuilder tempDecls = new StringBuilder();
    private final StringBuilder tempAssigns = new StringBuilder();
    private String base = "t";

    ExprWriter(Map<Value, Integer> refs, UniqueNames names, Usage usage, Function<Signal, String> signalName) {
        this.refs = refs;
        this.names = names;
        this.usage = usage;
        this.signalName = signalName;
    }

    String tempDecls() { return tempDecls.toString(); }
    String tempAssigns() { return tempAssigns.toString(); }

    /** The expression for {@code v}; temporaries it needs are named after {@code target}. */
    String expr(Value v, String target) {
        base = target;
        return write(v);
    }

    /**
     * {@code v} as a named wire even when it is constant: yosys turns a memory written at a
     * constant address into registers, and then reports the words never written as undriven.
     */
    String wired(Value v, String target) {
        base = target;
        if (v instanceof Signal s) return write(s);
        String existing = temps.get(v);
        if (existing != null) return readWhole(existing);
        if (!(v instanceof Literal)) return readWhole(temp(v));
        String name = names.fresh(target);
        tempDecls.append("    wire ").append(VerilogText.range(v.width())).append(name).append(";\n");
        tempAssigns.append("    assign ").append(name).append(" = ").append(write(v)).append(";\n");
        usage.declare(name, v.width());
        temps.put(v, name);
        return readWhole(name);
    }

    /** Bits [hi:lo] of {@code v} (a single bit when equal). */
    String bits(Value v, int hi, int lo, String target) {
        base = target;
        return slice(v, hi, lo);
    }

    private String write(Value v) {
        BigInteger c = constants.bits(v);
        if (c != null) return VerilogText.literal(v.width(), c);
        return switch (v) {
            case Literal l -> VerilogText.literal(l.width(), l.bits());
            case Signal s -> {
                String n = signalName.apply(s);
                usage.readAll(n);
                yield n;
            }
            case AsyncRead r -> readWhole(temp(r));
            case Op op -> needsTemp(op) ? readWhole(temp(op)) : inline(op);
        };
    }

    private String readWhole(String name) {
        usage.readAll(name);
        return name;
    }

    private boolean needsTemp(Op op) {
        if (temps.containsKey(op)) return true;
        // a bit-select or reinterpretation of a named signal reads as clearly as a temporary would
        if ((op.kind() == OpKind.SLICE || op.kind() == OpKind.CAST) && (op.arg(0) instanceof Signal || op.arg(0) instanceof Literal)) return false;
        if (refs.getOrDefault(op, 0) >= 2) return true;
        // >>> must not meet an unsigned context, which would make it a logical shift
        return op.kind() == OpKind.DSHR && op.signed();
    }

    /** The temporary that holds {@code v}, created on first use; callers mark the bits they read. */
    private String temp(Value v) {
        String existing = temps.get(v);
        if (existing == null) {
            String savedBase = base;
            String name = names.fresh(base + "_" + suffix(v));
            String body = v instanceof AsyncRead r ? memRead(r) : inline((Op) v);
            tempDecls.append("    wire ").append(VerilogText.range(v.width())).append(name).append(";\n");
            tempAssigns.append("    assign ").append(name).append(" = ").append(body).append(";\n");
            usage.declare(name, v.width());
            temps.put(v, name);
            base = savedBase;
            existing = name;
        }
        return existing;
    }

    private String memRead(AsyncRead r) {
        return word(r.mem(), r.addr());
    }

    /** mem[addr] as a synchronous read port loads it, temporaries named after {@code target}. */
    String memWord(Mem mem, Value addr, String target) {
        base = target;
        return word(mem, addr);
    }

    /**
     * A constant address (or constant expression) past the end reads zero, as the interpreter does; written as
     * mem[addr] it would be X in Verilog, and each lint tool flags it.
     */
    private String word(Mem mem, Value addr) {
        BigInteger constant = addr instanceof Literal l ? l.bits() : addr instanceof Op ? io.accelforge.rtl.interp.Constants.bits(addr) : null;
        if (constant != null && constant.compareTo(BigInteger.valueOf(mem.depth())) >= 0) {
            return VerilogText.literal(mem.type().width(), BigInteger.ZERO);
        }
        usage.readMemory(mem.name());
        return mem.name() + "[" + write(addr) + "]";
    }

    /** A name for {@code v} that can be bit-selected: a signal, or a temporary. */
    private String selectable(Value v) {
        return switch (v) {
            case Signal s -> signalName.apply(s);
            default -> temp(v);
        };
    }

    private String slice(Value v, int hi, int lo) {
        BigInteger c = constants.bits(v);
        if (c != null) return VerilogText.literal(hi - lo + 1, c.shiftRight(lo).and(mask(hi - lo + 1)));
        if (lo == 0 && hi == v.width() - 1) return write(v);
        String n = selectable(v);
        usage.read(n, hi, lo);
        return hi == lo ? n + "[" + hi + "]" : n + "[" + hi + ":" + lo + "]";
    }

    /** {@code v} extended to {@code w} bits by its own signedness. */
    private String ext(Value v, int w) { return v.signed() ? sext(v, w) : zext(v, w); }

    /**
     * A one-bit value is widened as a choice between one and zero: Verilator 5.006's bit-op-tree
     * optimisation took a bit above bit 0 of {0, (x == c)} for a comparison of x shifted right
     * (bit 1 of {1'b0, (x == 2'd1)} became x == 2 beside ~x[0]; differential fuzz seed 2026,
     * circuit 5199). The bit may be a wire that Verilator inlines back into a comparison, so
     * every one-bit value is written so.
     */
    private String zext(Value v, int w) {
        int k = w - v.width();
        if (k == 0) return write(v);
        BigInteger c = constants.bits(v);
        if (c != null) return VerilogText.literal(w, c);
        if (v.width() == 1) return "(" + write(v) + " ? " + VerilogText.literal(w, BigInteger.ONE) + " : " + VerilogText.literal(w, BigInteger.ZERO) + ")";
        return "{" + VerilogText.literal(k, BigInteger.ZERO) + ", " + write(v) + "}";
    }

    private String sext(Value v, int w) {
        int k = w - v.width();
        if (k == 0) return write(v);
        BigInteger c = constants.bits(v);
        if (c != null) return VerilogText.literal(w, c.testBit(v.width() - 1) ? c.or(mask(w).xor(mask(v.width()))) : c);
        String msb = slice(v, v.width() - 1, v.width() - 1);
        return "{" + copies(msb, k) + ", " + write(v) + "}";
    }

    /**
     * {count{bit}} for a one-bit operand. Thirty-two copies are written as a choice between
     * all ones and zero: Verilator 5.006 (with -fno-expand, as the test harness builds) computes
     * {32{x < y}} as the C++ int -(x < y), and a concatenation around it that is 33 to 64 bits
     * wide widens that int with its sign: when x < y, {{32{x < y}}, z} has ones up to bit 63 of
     * its 64-bit word and {z, {32{x < y}}} is all ones whatever z is (the same for |x and the
     * other operators that C++ computes as bool). Fewer copies are masked and more are computed
     * unsigned, so only 32 goes wrong; naming the operand by a wire does not help, as Verilator
     * inlines the wire again.
     */
    private static String copies(String bit, int count) {
        if (count != 32) return "{" + count + "{" + bit + "}}";
        return "(" + bit + " ? " + VerilogText.literal(32, mask(32)) + " : " + VerilogText.literal(32, BigInteger.ZERO) + ")";
    }

    private String inline(Op op) {
        int w = op.width();
        Value a = op.args().isEmpty() ? null : op.arg(0);
        return switch (op.kind()) {
            case ADD -> "(" + ext(a, w) + " + " + ext(op.arg(1), w) + ")";
            case SUB -> "(" + ext(a, w) + " - " + ext(op.arg(1), w) + ")";
            case MUL -> "(" + ext(a, w) + " * " + ext(op.arg(1), w) + ")";
            case AND -> "(" + ext(a, w) + " & " + ext(op.arg(1), w) + ")";
            case OR -> "(" + ext(a, w) + " | " + ext(op.arg(1), w) + ")";
            case XOR -> "(" + ext(a, w) + " ^ " + ext(op.arg(1), w) + ")";
            case NOT -> "(~" + write(a) + ")";
            case EQ -> compare(op, "==");
            case NE -> compare(op, "!=");
            case LT -> compare(op, "<");
            case LE -> compare(op, "<=");
            case GT -> compare(op, ">");
            case GE -> compare(op, ">=");
            case SHL -> "{" + write(a) + ", " + VerilogText.literal(op.amount(), BigInteger.ZERO) + "}";
            case SHR -> shiftRight(a, op.amount());
            case DSHL, DSHR -> dynamicShift(op);
            case CAT -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < op.args().size(); i++) sb.append(i == 0 ? "" : ", ").append(write(op.arg(i)));
                yield sb.append('}').toString();
            }
            case SLICE -> slice(a, op.hi(), op.lo());
            case REPEAT -> a.width() == 1 ? copies(write(a), op.count()) : "{" + op.count() + "{" + write(a) + "}}";
            case MUX -> "(" + write(a) + " ? " + ext(op.arg(1), w) + " : " + ext(op.arg(2), w) + ")";
            case AND_R -> "(&" + write(a) + ")";
            case OR_R -> "(|" + write(a) + ")";
            case XOR_R -> "(^" + write(a) + ")";
            case SEXT -> sext(a, w);
            case ZEXT -> zext(a, w);
            case CAST -> write(a);
        };
    }

    private String compare(Op op, String sym) {
        Value a = op.arg(0);
        Value b = op.arg(1);
        Boolean known = knownByRange(op);
        if (known != null) return known ? "1'b1" : "1'b0";
        int w = Math.max(a.width(), b.width());
        boolean signedCmp = a.signed() && !sym.equals("==") && !sym.equals("!=");
        if (signedCmp && (sym.equals("<=") || sym.equals(">="))) return signedOrEqual(a, b, w, sym);
        String l = ext(a, w);
        String r = ext(b, w);
        return signedCmp ? "($signed(" + l + ") " + sym + " $signed(" + r + "))" : "(" + l + " " + sym + " " + r + ")";
    }

    /**
     * Signed a <= b or a >= b as the unsigned comparison of a and b with their sign bits
     * flipped (offset binary orders as two's complement does). Verilator 5.006 rewrites
     * $signed(x) >= C as C <= x, and its DFG folds a signed <= of two constants as < (x is a
     * constant once an instance is inlined), so 0 >= 0 came out false (differential fuzz seed
     * 2026, circuit 4231); < and > and the unsigned comparisons fold right.
     */
    private String signedOrEqual(Value a, Value b, int w, String sym) {
        BigInteger l = offsetConstant(a, w);
        BigInteger r = offsetConstant(b, w);
        // a side at the end of the range decides it (x >= MIN, MAX >= x); written out, verilator -Wall flags it as UNSIGNED or CMPCONST
        BigInteger small = sym.equals(">=") ? r : l;
        BigInteger big = sym.equals(">=") ? l : r;
        if ((small != null && small.signum() == 0) || (big != null && big.equals(mask(w)))) return "1'b1";
        return "(" + offset(a, w, l) + " " + sym + " " + offset(b, w, r) + ")";
    }

    /** {@code v} extended to {@code w} bits with its top bit flipped, as text; {@code c} its value when constant. */
    private String offset(Value v, int w, BigInteger c) {
        if (c != null) return VerilogText.literal(w, c);
        return "(" + ext(v, w) + " ^ " + VerilogText.literal(w, BigInteger.ONE.shiftLeft(w - 1)) + ")";
    }

    /** The bits of constant {@code v} extended to {@code w} bits with the top bit flipped, else null. */
    private BigInteger offsetConstant(Value v, int w) {
        BigInteger c = constants.bits(v);
        if (c == null) return null;
        BigInteger extended = v.signed() && c.testBit(v.width() - 1) ? c.or(mask(w).xor(mask(v.width()))) : c;
        return extended.flipBit(w - 1);
    }

    /**
     * The result of an unsigned comparison with a constant that the other side's range
     * decides (x >= 0, x < 0, x <= max, x > max, or a constant outside the range; a
     * zero-extended x keeps its narrower range), else null. Written out, verilator -Wall reports each as UNSIGNED or CMPCONST.
     */
    private static Boolean knownByRange(Op op) {
        if (op.arg(0).signed()) return null;
        OpKind k = op.kind();
        Value x = op.arg(0);
        Value c = op.arg(1);
        if (!(c instanceof Literal) && x instanceof Literal) {
            x = op.arg(1);
            c = op.arg(0);
            k = switch (k) {   // c OP x is x OP' c
                case LT -> OpKind.GT;
                case LE -> OpKind.GE;
                case GT -> OpKind.LT;
                case GE -> OpKind.LE;
                default -> k;
            };
        }
        if (!(c instanceof Literal lit)) return null;
        BigInteger v = lit.value();
        int bits = x.width();
        for (Value in = x; in instanceof Op z && z.kind() == OpKind.ZEXT; in = z.arg(0)) bits = z.arg(0).width();
        BigInteger max = mask(bits);
        boolean zero = v.signum() == 0;
        boolean atOrAboveMax = v.compareTo(max) >= 0;
        boolean aboveMax = v.compareTo(max) > 0;
        return switch (k) {
            case GE -> zero ? Boolean.TRUE : aboveMax ? Boolean.FALSE : null;
            case LT -> zero ? Boolean.FALSE : aboveMax ? Boolean.TRUE : null;
            case LE -> atOrAboveMax ? Boolean.TRUE : null;
            case GT -> atOrAboveMax ? Boolean.FALSE : null;
            default -> null;
        };
    }

    /**
     * A shift by a signal amount. Verilator (5.006) stops with "Value too wide for 32-bits"
     * when an amount wider than 32 bits folds to a constant, so such an amount is split:
     * any of its high bits set shifts everything out, the low 32 bits shift as usual.
     */
    private String dynamicShift(Op op) {
        Value a = op.arg(0);
        Value amt = op.arg(1);
        int w = op.width();
        String k = amt.width() > 32 ? slice(amt, 31, 0) : write(amt);
        String shifted = op.kind() == OpKind.DSHL ? "(" + ext(a, w) + " << " + k + ")"
                : a.signed() ? "($signed(" + write(a) + ") >>> " + k + ")"
                : "(" + write(a) + " >> " + k + ")";
        if (amt.width() <= 32) return shifted;
        String high = "(|" + slice(amt, amt.width() - 1, 32) + ")";
        // both arms signed for >>>: an unsigned arm would turn the arithmetic shift into a logical one
        String out = op.kind() == OpKind.DSHR && a.signed() ? "$signed(" + copies(slice(a, w - 1, w - 1), w) + ")" : VerilogText.literal(w, BigInteger.ZERO);
        return "(" + high + " ? " + out + " : " + shifted + ")";
    }

    private String shiftRight(Value a, int n) {
        int w = a.width();
        if (n >= w) return a.signed() ? copies(slice(a, w - 1, w - 1), w) : VerilogText.literal(w, BigInteger.ZERO);
        String kept = slice(a, w - 1, n);
        String fill = a.signed() ? copies(slice(a, w - 1, w - 1), n) : VerilogText.literal(n, BigInteger.ZERO);
        return "{" + fill + ", " + kept + "}";
    }

    private static String suffix(Value v) {
        if (v instanceof AsyncRead r) return r.mem().name() + "_rd";
        Op op = (Op) v;
        return switch (op.kind()) {
            case DSHL -> "shl";
            case DSHR -> "shr";
            case SLICE -> "bits";
            case REPEAT -> "rep";
            case AND_R -> "andr";
            case OR_R -> "orr";
            case XOR_R -> "xorr";
            default -> op.kind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static BigInteger mask(int w) { return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE); }
}
