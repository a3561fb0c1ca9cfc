package io.accelforge.rtl.interp;

import io.accelforge.rtl.hcl.AsyncRead;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compiles value trees into closures over the interpreter state. The semantics are the
 * HCL's (and the emitted Verilog's): operands extend to the operator's width by their own
 * signedness, results wrap to it. Nodes read by several parents are cached per epoch.
 */
final class ExprCompiler {
    private final State st;
    private final Map<Value, Eval> done = new IdentityHashMap<>();
    private final Map<Value, Integer> parents = new IdentityHashMap<>();

    ExprCompiler(State st) { this.st = st; }

    /** Counts readers first, so that shared nodes get a cache. */
    void countReaders(Value root) {
        ArrayDeque<Value> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Value v = todo.pop();
            if (parents.merge(v, 1, Integer::sum) > 1) continue;
            if (v instanceof Op op) for (Value a : op.args()) todo.push(a);
            if (v instanceof AsyncRead r) todo.push(r.addr());
        }
    }

    Eval compile(Value v) {
        Eval e = done.get(v);
        if (e != null) return e;
        e = build(v);
        if (parents.getOrDefault(v, 0) > 1 && (v instanceof Op || v instanceof AsyncRead)) e = cached(e);
        done.put(v, e);
        return e;
    }

    private Eval cached(Eval e) {
        State s = st;
        if (e instanceof Eval.Narrow n) {
            long[] val = new long[1];
            long[] at = {-1};
            Eval.LongSupplierX f = n.f();
            return new Eval.Narrow(n.width(), n.signed(), () -> {
                if (at[0] != s.epoch) {
                    val[0] = f.get();
                    at[0] = s.epoch;
                }
                return val[0];
            });
        }
        Eval.Wide w = (Eval.Wide) e;
        BigInteger[] val = new BigInteger[1];
        long[] at = {-1};
        Supplier<BigInteger> f = w.f();
        return new Eval.Wide(w.width(), w.signed(), () -> {
            if (at[0] != s.epoch) {
                val[0] = f.get();
                at[0] = s.epoch;
            }
            return val[0];
        });
    }

    private Eval build(Value v) {
        int w = v.width();
        boolean s = v.signed();
        return switch (v) {
            case Literal l -> w <= 64 ? narrow(w, s, l.bits().longValue()) : new Eval.Wide(w, s, constant(l.bits()));
            case Signal sig -> signal(sig);
            case AsyncRead r -> memRead(r);
            case Op op -> op(op);
        };
    }

    private static Eval narrow(int w, boolean s, long c) { return new Eval.Narrow(w, s, () -> c); }

    private static Supplier<BigInteger> constant(BigInteger c) { return () -> c; }

    private Eval signal(Signal sig) {
        int i = st.add(sig);
        State s = st;
        if (sig.width() <= 64) return new Eval.Narrow(sig.width(), sig.signed(), () -> s.narrow[i]);
        return new Eval.Wide(sig.width(), sig.signed(), () -> s.wide[i]);
    }

    private Eval memRead(AsyncRead r) {
        Eval.LongSupplierX addr = asLong(compile(r.addr()));
        State.MemStore m = st.mems.computeIfAbsent(r.mem(), State.MemStore::new);
        if (r.width() <= 64) return new Eval.Narrow(r.width(), r.signed(), () -> m.readNarrow((int) addr.get()));
        return new Eval.Wide(r.width(), r.signed(), () -> m.read((int) addr.get()));
    }

    // ---- operators ----------------------------------------------------------------------

    private Eval op(Op op) {
        int w = op.width();
        boolean s = op.signed();
        List<Value> args = op.args();
        return switch (op.kind()) {
            case ADD -> arith(w, s, args, (a, b) -> a + b, BigInteger::add);
            case SUB -> arith(w, s, args, (a, b) -> a - b, BigInteger::subtract);
            case MUL -> arith(w, s, args, (a, b) -> a * b, BigInteger::multiply);
            case AND -> arith(w, s, args, (a, b) -> a & b, BigInteger::and);
            case OR -> arith(w, s, args, (a, b) -> a | b, BigInteger::or);
            case XOR -> arith(w, s, args, (a, b) -> a ^ b, BigInteger::xor);
            case NOT -> {
                Eval a = compile(args.get(0));
                if (w <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    long m = Bits.mask(w);
                    yield new Eval.Narrow(w, s, () -> ~x.get() & m);
                }
                BigInteger m = Bits.bigMask(w);
                yield new Eval.Wide(w, s, () -> a.big().xor(m));
            }
            case EQ, NE, LT, LE, GT, GE -> compare(op);
            case SHL -> {
                Eval a = compile(args.get(0));
                int n = op.amount();
                if (w <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    yield new Eval.Narrow(w, s, () -> x.get() << n);
                }
                yield new Eval.Wide(w, s, () -> a.big().shiftLeft(n));
            }
            case SHR -> shiftRight(w, s, compile(args.get(0)), null, op.amount());
            case DSHL -> {
                Eval a = ext(compile(args.get(0)), w);
                Eval.LongSupplierX amt = asLong(compile(args.get(1)));
                if (w <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    long m = Bits.mask(w);
                    yield new Eval.Narrow(w, s, () -> {
                        long k = amt.get();
                        return k >= w || k < 0 ? 0 : (x.get() << k) & m;
                    });
                }
                BigInteger m = Bits.bigMask(w);
                yield new Eval.Wide(w, s, () -> {
                    long k = amt.get();
                    return k >= w || k < 0 ? BigInteger.ZERO : a.big().shiftLeft((int) k).and(m);
                });
            }
            case DSHR -> shiftRight(w, s, compile(args.get(0)), asLong(compile(args.get(1))), 0);
            case CAT -> cat(w, s, args);
            case SLICE -> {
                Eval a = compile(args.get(0));
                int lo = op.lo();
                int n = op.hi() - op.lo() + 1;
                if (a.width() <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    long m = Bits.mask(n);
                    yield new Eval.Narrow(w, s, () -> (x.get() >>> lo) & m);
                }
                BigInteger m = Bits.bigMask(n);
                if (w <= 64) yield new Eval.Narrow(w, s, () -> a.big().shiftRight(lo).and(m).longValue());
                yield new Eval.Wide(w, s, () -> a.big().shiftRight(lo).and(m));
            }
            case REPEAT -> {
                Eval a = compile(args.get(0));
                int n = op.count();
                int aw = a.width();
                if (w <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    yield new Eval.Narrow(w, s, () -> {
                        long part = x.get();
                        long r = 0;
                        for (int i = 0; i < n; i++) r = (r << aw) | part;
                        return r;
                    });
                }
                yield new Eval.Wide(w, s, () -> {
                    BigInteger part = a.big();
                    BigInteger r = BigInteger.ZERO;
                    for (int i = 0; i < n; i++) r = r.shiftLeft(aw).or(part);
                    return r;
                });
            }
            case MUX -> {
                Eval.LongSupplierX sel = asLong(compile(args.get(0)));
                Eval t = ext(compile(args.get(1)), w);
                Eval f = ext(compile(args.get(2)), w);
                if (w <= 64) {
                    Eval.LongSupplierX tx = asLong(t);
                    Eval.LongSupplierX fx = asLong(f);
                    yield new Eval.Narrow(w, s, () -> sel.get() != 0 ? tx.get() : fx.get());
                }
                yield new Eval.Wide(w, s, () -> sel.get() != 0 ? t.big() : f.big());
            }
            case AND_R -> {
                Eval a = compile(args.get(0));
                if (a.width() <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    long m = Bits.mask(a.width());
                    yield narrowBool(() -> x.get() == m ? 1 : 0);
                }
                BigInteger m = Bits.bigMask(a.width());
                yield narrowBool(() -> a.big().equals(m) ? 1 : 0);
            }
            case OR_R -> {
                Eval a = compile(args.get(0));
                if (a.width() <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    yield narrowBool(() -> x.get() != 0 ? 1 : 0);
                }
                yield narrowBool(() -> a.big().signum() != 0 ? 1 : 0);
            }
            case XOR_R -> {
                Eval a = compile(args.get(0));
                if (a.width() <= 64) {
                    Eval.LongSupplierX x = asLong(a);
                    yield narrowBool(() -> Long.bitCount(x.get()) & 1);
                }
                yield narrowBool(() -> a.big().bitCount() & 1);
            }
            case SEXT, ZEXT -> {
                Eval a = compile(args.get(0));
                yield retype(extendBy(a, w, op.kind() == io.accelforge.rtl.hcl.OpKind.SEXT), s);
            }
            case CAST -> retype(compile(args.get(0)), s);
        };
    }

    private static Eval narrowBool(Eval.LongSupplierX f) { return new Eval.Narrow(1, false, f); }

    private interface LongOp { long apply(long a, long b); }

    private interface BigOp { BigInteger apply(BigInteger a, BigInteger b); }

    private Eval arith(int w, boolean s, List<Value> args, LongOp lop, BigOp bop) {
        Eval a = ext(compile(args.get(0)), w);
        Eval b = ext(compile(args.get(1)), w);
        if (w <= 64) {
            Eval.LongSupplierX x = asLong(a);
            Eval.LongSupplierX y = asLong(b);
            long m = Bits.mask(w);
            return new Eval.Narrow(w, s, () -> lop.apply(x.get(), y.get()) & m);
        }
        BigInteger m = Bits.bigMask(w);
        return new Eval.Wide(w, s, () -> bop.apply(a.big(), b.big()).and(m));
    }

    private Eval compare(Op op) {
        Value av = op.arg(0);
        Value bv = op.arg(1);
        int mw = Math.max(av.width(), bv.width());
        boolean signed = av.signed();
        Eval a = ext(compile(av), mw);
        Eval b = ext(compile(bv), mw);
        io.accelforge.rtl.hcl.OpKind k = op.kind();
        if (mw <= 64) {
            Eval.LongSupplierX x = asLong(a);
            Eval.LongSupplierX y = asLong(b);
            return narrowBool(() -> {
                long p = x.get();
                long q = y.get();
                int c = signed ? Long.compare(Bits.sext(p, mw), Bits.sext(q, mw)) : Long.compareUnsigned(p, q);
                return holds(k, c) ? 1 : 0;
            });
        }
        return narrowBool(() -> {
            BigInteger p = a.big();
            BigInteger q = b.big();
            int c = signed ? Bits.signedBig(p, mw).compareTo(Bits.signedBig(q, mw)) : p.compareTo(q);
            return holds(k, c) ? 1 : 0;
        });
    }

    private static boolean holds(io.accelforge.rtl.hcl.OpKind k, int c) {
        return switch (k) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(k.name());
        };
    }

    /** Static ({@code amt} null, shift {@code n}) or dynamic shift right; arithmetic when signed. */
    private Eval shiftRight(int w, boolean s, Eval a, Eval.LongSupplierX amt, int n) {
        if (w <= 64) {
            Eval.LongSupplierX x = asLong(a);
            long m = Bits.mask(w);
            return new Eval.Narrow(w, s, () -> {
                long k = amt == null ? n : amt.get();
                if (k < 0 || k >= w) k = w;   // everything shifted out
                long v = x.get();
                if (s) return (k >= 64 ? (Bits.sext(v, w) >> 63) : (Bits.sext(v, w) >> k)) & m;
                return k >= 64 ? 0 : v >>> k;
            });
        }
        return new Eval.Wide(w, s, () -> {
            long k = amt == null ? n : amt.get();
            if (k < 0 || k >= w) k = w;
            BigInteger v = a.big();
            if (s) return Bits.signedBig(v, w).shiftRight((int) k).and(Bits.bigMask(w));
            return v.shiftRight((int) k);
        });
    }

    private Eval cat(int w, boolean s, List<Value> args) {
        Eval[] parts = new Eval[args.size()];
        for (int i = 0; i < parts.length; i++) parts[i] = compile(args.get(i));
        if (w <= 64) {
            Eval.LongSupplierX[] xs = new Eval.LongSupplierX[parts.length];
            int[] ws = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                xs[i] = asLong(parts[i]);
                ws[i] = parts[i].width();
            }
            return new Eval.Narrow(w, s, () -> {
                long r = 0;
                for (int i = 0; i < xs.length; i++) r = (r << ws[i]) | xs[i].get();
                return r;
            });
        }
        return new Eval.Wide(w, s, () -> {
            BigInteger r = BigInteger.ZERO;
            for (Eval p : parts) r = r.shiftLeft(p.width()).or(p.big());
            return r;
        });
    }

    // ---- representation helpers ---------------------------------------------------------

    /** {@code e} extended to {@code w} bits by its own signedness. */
    private static Eval ext(Eval e, int w) { return e.width() == w ? e : extendBy(e, w, e.signed()); }

    private static Eval extendBy(Eval e, int w, boolean signExtend) {
        int from = e.width();
        if (from == w) return e;
        if (w <= 64) {
            Eval.LongSupplierX x = asLong(e);
            if (!signExtend) return new Eval.Narrow(w, e.signed(), x);
            long m = Bits.mask(w);
            return new Eval.Narrow(w, e.signed(), () -> Bits.sext(x.get(), from) & m);
        }
        return new Eval.Wide(w, e.signed(), () -> Bits.extend(e.big(), from, w, signExtend));
    }

    private static Eval retype(Eval e, boolean signed) {
        if (e.signed() == signed) return e;
        return switch (e) {
            case Eval.Narrow n -> new Eval.Narrow(n.width(), signed, n.f());
            case Eval.Wide wd -> new Eval.Wide(wd.width(), signed, wd.f());
        };
    }

    /** The pattern as a long; only for values of at most 64 bits, or to read an address or shift amount. */
    static Eval.LongSupplierX asLong(Eval e) {
        return switch (e) {
            case Eval.Narrow n -> n.f();
            case Eval.Wide wd -> () -> {
                BigInteger b = wd.f().get();
                return b.bitLength() > 62 ? Long.MAX_VALUE : b.longValue();
            };
        };
    }
}
