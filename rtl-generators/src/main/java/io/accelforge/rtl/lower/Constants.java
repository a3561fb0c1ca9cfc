package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.AsyncRead;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values computed from literals alone, and values that are constant whatever their inputs
 * (a mux with a constant select, a shift by the whole width, an unsigned x >= 0), folded to
 * their bit pattern. The emitter writes them
 * as literals: Verilator folds constant subtrees itself and then flags what they make
 * constant (an unsigned compare with zero, for one), so the Verilog must not contain them.
 */
public final class Constants {
    /** Marks a value known to depend on a signal (patterns are never negative). */
    private static final BigInteger NOT_CONSTANT = BigInteger.ONE.negate();

    private final Map<Value, BigInteger> known = new IdentityHashMap<>();

    /** The bit pattern (0 .. 2^width-1) of {@code v} when it depends on no signal or memory, else null. */
    public BigInteger bits(Value v) {
        BigInteger b = known.get(v);
        if (b == null) {
            b = switch (v) {
                case Literal l -> l.bits();
                case Signal s -> NOT_CONSTANT;
                case AsyncRead r -> NOT_CONSTANT;
                case Op op -> fold(op);
            };
            known.put(v, b);
        }
        return b.signum() < 0 ? null : b;
    }

    private BigInteger fold(Op op) {
        List<Value> args = op.args();
        if (op.kind() == io.accelforge.rtl.hcl.OpKind.MUX) {
            // a constant select picks one arm: the other may read signals and still not matter
            BigInteger sel = bits(args.getFirst());
            if (sel == null) return NOT_CONSTANT;
            Value arm = args.get(sel.signum() != 0 ? 1 : 2);
            BigInteger v = bits(arm);
            return v == null ? NOT_CONSTANT : ext(arm, v, op.width());
        }
        if (shiftsEverythingOut(op)) return BigInteger.ZERO;
        if (isOrder(op) && !args.getFirst().signed()) {
            BigInteger fixed = orderAgainstBound(op, bits(args.get(0)), bits(args.get(1)), Math.max(args.get(0).width(), args.get(1).width()));
            if (fixed != null) return fixed;
        }
        BigInteger[] p = new BigInteger[args.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = bits(args.get(i));
            if (p[i] == null) return NOT_CONSTANT;
        }
        int w = op.width();
        Value a = args.getFirst();
        BigInteger m = mask(w);
        return switch (op.kind()) {
            case ADD -> ext(a, p[0], w).add(ext(args.get(1), p[1], w)).and(m);
            case SUB -> ext(a, p[0], w).subtract(ext(args.get(1), p[1], w)).and(m);
            case MUL -> ext(a, p[0], w).multiply(ext(args.get(1), p[1], w)).and(m);
            case AND -> ext(a, p[0], w).and(ext(args.get(1), p[1], w));
            case OR -> ext(a, p[0], w).or(ext(args.get(1), p[1], w));
            case XOR -> ext(a, p[0], w).xor(ext(args.get(1), p[1], w));
            case NOT -> p[0].xor(m);
            case EQ, NE, LT, LE, GT, GE -> {
                int c = number(a, p[0]).compareTo(number(args.get(1), p[1]));
                boolean r = switch (op.kind()) {
                    case EQ -> c == 0;
                    case NE -> c != 0;
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
                yield r ? BigInteger.ONE : BigInteger.ZERO;
            }
            case SHL -> p[0].shiftLeft(op.amount());
            case SHR -> number(a, p[0]).shiftRight(Math.min(op.amount(), w)).and(m);
            case DSHL -> {
                int k = shiftAmount(p[1], w);
                yield ext(a, p[0], w).shiftLeft(k).and(m);
            }
            case DSHR -> number(a, p[0]).shiftRight(shiftAmount(p[1], w)).and(m);
            case CAT -> {
                BigInteger r = BigInteger.ZERO;
                for (int i = 0; i < p.length; i++) r = r.shiftLeft(args.get(i).width()).or(p[i]);
                yield r;
            }
            case SLICE -> p[0].shiftRight(op.lo()).and(m);
            case REPEAT -> {
                BigInteger r = BigInteger.ZERO;
                for (int i = 0; i < op.count(); i++) r = r.shiftLeft(a.width()).or(p[0]);
                yield r;
            }
            case MUX -> throw new IllegalStateException("folded above");
            case AND_R -> p[0].equals(mask(a.width())) ? BigInteger.ONE : BigInteger.ZERO;
            case OR_R -> p[0].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO;
            case XOR_R -> BigInteger.valueOf(p[0].bitCount() & 1);
            case SEXT -> number(a, p[0], true).and(m);
            case ZEXT, CAST -> p[0];
        };
    }

    /** A shift by at least the width leaves zeros whatever the operand (an SInt shifted right keeps its sign, so not that). */
    private boolean shiftsEverythingOut(Op op) {
        Value a = op.args().getFirst();
        return switch (op.kind()) {
            case SHR -> !a.signed() && op.amount() >= a.width();
            case DSHL -> atLeast(op.arg(1), op.width());
            case DSHR -> !a.signed() && atLeast(op.arg(1), op.width());
            default -> false;
        };
    }

    private boolean atLeast(Value amount, int w) {
        BigInteger k = bits(amount);
        return k != null && k.compareTo(BigInteger.valueOf(w)) >= 0;
    }

    private static boolean isOrder(Op op) {
        return switch (op.kind()) {
            case LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    /**
     * An unsigned order comparison with 0 or all-ones that holds or fails whatever the other
     * side is (x >= 0, x < 0, x <= max, x > max, or mirrored); null when it is not one.
     * Verilator -Wall flags these (UNSIGNED, CMPCONST), so they must be written as constants.
     */
    private static BigInteger orderAgainstBound(Op op, BigInteger a, BigInteger b, int w) {
        String s = switch (op.kind()) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            default -> ">=";
        };
        BigInteger bound = b;
        if (b == null && a != null) {
            bound = a;
            s = switch (s) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                default -> "<=";
            };
        }
        if (bound == null) return null;
        boolean zero = bound.signum() == 0;
        boolean max = bound.equals(mask(w));
        if (zero && s.equals(">=") || max && s.equals("<=")) return BigInteger.ONE;
        if (zero && s.equals("<") || max && s.equals(">")) return BigInteger.ZERO;
        return null;
    }

    private static BigInteger mask(int w) { return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE); }

    /** The pattern extended to {@code w} bits by the value's own signedness. */
    private static BigInteger ext(Value v, BigInteger bits, int w) { return number(v, bits).and(mask(w)); }

    private static BigInteger number(Value v, BigInteger bits) { return number(v, bits, v.signed()); }

    private static BigInteger number(Value v, BigInteger bits, boolean signed) {
        return signed && bits.testBit(v.width() - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(v.width())) : bits;
    }

    /** A shift amount, capped at the width (everything shifted out). */
    private static int shiftAmount(BigInteger amount, int w) { return amount.compareTo(BigInteger.valueOf(w)) >= 0 ? w : amount.intValue(); }
}
