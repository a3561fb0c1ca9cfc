package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random circuits from a seed: inputs and outputs of 1 to 130 bits, UInt and SInt, every
 * operator, wires and outputs driven through when/elseWhen/otherwise and switchOn with whole
 * and partial assignments, registers with and without (synchronous or asynchronous) reset,
 * memories with synchronous and asynchronous reads, masked writes and both read-under-write
 * policies, and instances of random sub-circuits. Correct by construction: every circuit
 * passes the elaboration checks (see {@link Ranks} for loops, {@link LiveBits} for overwrites,
 * and whole assignments on every path of every wire, output and instance input for latches). The same seed always gives the same circuit.
 */
public final class CircuitGenerator {
    /** Sizes: nodes per circuit, sub-circuits per circuit and how deep they nest. */
    public record Config(int minNodes, int maxNodes, int maxSubs, int subDepth) {
        public static final Config DEFAULT = new Config(6, 36, 2, 1);

        Config forSub() { return new Config(Math.max(3, minNodes / 2), Math.max(4, maxNodes / 2), maxSubs, subDepth - 1); }
    }

    private static final int MAX_WIDTH = 300;
    private static final int MAX_DEPTH = 3;

    private final Random rnd;
    private final Config config;
    private final List<Circuit.Port> inputs = new ArrayList<>();
    private final List<Circuit.Port> outputs = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Val> pool = new ArrayList<>();
    private final List<Tgt> targets = new ArrayList<>();
    private final List<Node.Mem> mems = new ArrayList<>();
    private final List<Circuit> subs = new ArrayList<>();
    private final boolean useAsync;
    private int nextId;

    /**
     * A value that later nodes may read: its id, type and rank, and whether a tool's
     * constant folding could know it (a constant, x - x, x & 0, ...). Comparisons avoid
     * such operands: verilator -Wall rightly calls a comparison with a known result a
     * design smell (CMPCONST, UNSIGNED).
     */
    private record Val(int id, HwType type, int rank, boolean known, int root) {
        Val(int id, HwType type, int rank) { this(id, type, rank, false, id); }

        Val(int id, HwType type, int rank, boolean known) { this(id, type, rank, known, id); }
    }

    /** Something statements assign: its id, type, rank limit for what it reads, and whether it needs a driver on every path. */
    record Tgt(int id, HwType type, int limit, boolean comb) {}

    private CircuitGenerator(long seed, Config config) {
        this.rnd = new Random(seed);
        this.config = config;
        this.useAsync = rnd.nextInt(4) == 0;
    }

    /** The circuit for {@code seed}, named {@code name} (its sub-circuits are name + "s0", "s1", ...). */
    public static Circuit generate(long seed, String name) { return generate(seed, name, Config.DEFAULT); }

    public static Circuit generate(long seed, String name, Config config) { return new CircuitGenerator(seed, config).circuit(name); }

    private Circuit circuit(String name) {
        if (config.subDepth() > 0) {
            int n = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(config.maxSubs()) : 0;
            for (int i = 0; i < n; i++) subs.add(generate(rnd.nextLong(), name + "s" + i, config.forSub()));
        }
        int nIn = 1 + rnd.nextInt(5);
        for (int i = 0; i < nIn; i++) {
            Circuit.Port p = new Circuit.Port(nextId++, randomType());
            inputs.add(p);
            pool.add(new Val(p.id(), p.type(), Ranks.SOURCE));
        }
        int nOut = 1 + rnd.nextInt(4);
        for (int i = 0; i < nOut; i++) {
            Circuit.Port p = new Circuit.Port(nextId++, randomType());
            outputs.add(p);
            targets.add(new Tgt(p.id(), p.type(), Ranks.ANY, true));
        }
        int n = config.minNodes() + rnd.nextInt(config.maxNodes() - config.minNodes() + 1);
        List<Integer> instances = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            int times = 1 + rnd.nextInt(2);
            for (int t = 0; t < times; t++) instances.add(i);
        }
        for (int i = 0; i < n; i++) {
            // each sub-circuit is instantiated at a random point, so its inputs can read earlier logic
            while (!instances.isEmpty() && rnd.nextInt(n - i) < instances.size()) addInstance(instances.removeFirst());
            addNode();
        }
        for (int sub : instances) addInstance(sub);
        List<Statement> body = new StatementGenerator(rnd, this).body(targets, mems);
        return new Circuit(name, inputs, outputs, nodes, body, subs);
    }

    // ---- nodes --------------------------------------------------------------------------

    private void addNode() {
        int roll = rnd.nextInt(100);
        if (roll < 58) addExpr();
        else if (roll < 64) addConst();
        else if (roll < 74) addWire();
        else if (roll < 86) addReg();
        else if (roll < 92) addMem();
        else if (!subs.isEmpty() && roll < 95) addInstance(rnd.nextInt(subs.size()));
        else addExpr();
    }

    private int position() { return nodes.size(); }

    private void addConst() {
        HwType t = randomType();
        Node.Const c = new Node.Const(nextId++, t, Coerce.valueOf(randomBits(t.width()), t));
        nodes.add(c);
        pool.add(new Val(c.id(), t, Ranks.SOURCE, true));
    }

    private void addWire() {
        HwType t = rnd.nextBoolean() ? randomType() : pick(Ranks.ANY).type();
        Node.Wire w = new Node.Wire(nextId++, t);
        targets.add(new Tgt(w.id(), t, position(), true));
        nodes.add(w);
        pool.add(new Val(w.id(), t, position() - 1));
    }

    private void addReg() {
        HwType t = rnd.nextBoolean() ? randomType() : pick(Ranks.ANY).type();
        BigInteger init = rnd.nextInt(3) == 0 ? null : Coerce.valueOf(randomBits(t.width()), t);
        boolean async = useAsync && init != null && rnd.nextInt(3) != 0;
        Node.Reg r = new Node.Reg(nextId++, t, init, async);
        targets.add(new Tgt(r.id(), t, Ranks.ANY, false));
        nodes.add(r);
        pool.add(new Val(r.id(), t, Ranks.SOURCE));
    }

    private void addMem() {
        HwType t = randomType();
        int[] depths = {2, 3, 4, 5, 7, 8, 13, 16, 17, 32};
        int depth = depths[rnd.nextInt(depths.length)];
        ReadUnderWrite ruw = rnd.nextBoolean() ? ReadUnderWrite.READ_FIRST : ReadUnderWrite.WRITE_FIRST;
        Node.Mem m = new Node.Mem(nextId++, t, depth, ruw, useAsync && rnd.nextInt(3) == 0);
        nodes.add(m);
        mems.add(m);
        int reads = 1 + rnd.nextInt(2);
        for (int i = 0; i < reads; i++) {
            int addr = pick(Ranks.ANY).id();
            if (rnd.nextBoolean()) {
                int en = rnd.nextBoolean() ? -1 : pickBool(Ranks.ANY).id();
                Node.SyncRead r = new Node.SyncRead(nextId++, m.id(), addr, en);
                nodes.add(r);
                pool.add(new Val(r.id(), t, Ranks.SOURCE));
            } else {
                Node.AsyncRead r = new Node.AsyncRead(nextId++, m.id(), addr);
                nodes.add(r);
                pool.add(new Val(r.id(), t, position() - 1));
            }
        }
    }

    private void addInstance(int sub) {
        Circuit s = subs.get(sub);
        List<Integer> ins = new ArrayList<>();
        List<Integer> outs = new ArrayList<>();
        int id = nextId++;
        int pos = position();
        for (Circuit.Port p : s.inputs()) {
            int pid = nextId++;
            ins.add(pid);
            targets.add(new Tgt(pid, p.type(), pos, true));
        }
        for (Circuit.Port p : s.outputs()) {
            int pid = nextId++;
            outs.add(pid);
            pool.add(new Val(pid, p.type(), pos));
        }
        nodes.add(new Node.Instance(id, sub, ins, outs));
    }

    private void addExpr() {
        OpCode[] ops = OpCode.values();
        for (int attempt = 0; attempt < 20; attempt++) {
            OpCode op = ops[rnd.nextInt(ops.length)];
            List<Val> args = new ArrayList<>();
            int count = switch (op) {
                case CAT -> 1 + rnd.nextInt(4);
                case SELECT -> 2 + rnd.nextInt(5);
                default -> op.arity;
            };
            for (int i = 0; i < count; i++) {
                if (op == OpCode.MUX && i == 0) args.add(pickBool(Ranks.ANY));
                else if (op.comparison()) args.add(pickUnknown(Ranks.ANY, args.isEmpty() ? -1 : args.getFirst().root()));
                else args.add(pick(Ranks.ANY));
            }
            int w = args.getFirst().type().width();
            int p = switch (op) {
                case SHL -> rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(12);
                case SHR -> rnd.nextInt(w + 3);
                case SHL_DYN -> 1 + rnd.nextInt(6);
                case BITS, BIT -> rnd.nextInt(w + 2);
                case TRUNC -> 1 + rnd.nextInt(w + 1);
                case SEXT, ZEXT, EXT -> w + (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(70));
                case REPEAT -> 1 + rnd.nextInt(4);
                case CAT -> rnd.nextInt(2);
                case SELECT -> rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(40) : 1 + rnd.nextInt(4);
                default -> 0;
            };
            int q = op == OpCode.BITS ? rnd.nextInt(Math.max(1, Math.min(p, w) + 1)) : 0;
            long k = op.arity == 1 && op.name().endsWith("_K") ? randomLong() : 0;
            HwType t = op.resultType(args.stream().map(Val::type).toList(), p, q);
            if (t.width() > MAX_WIDTH) continue;
            Node.Expr e = new Node.Expr(nextId++, op, args.stream().map(Val::id).toList(), p, q, k);
            nodes.add(e);
            pool.add(new Val(e.id(), t, position() - 1, known(op, args, k), root(op, args, e.id())));
            return;
        }
        addConst();
    }

    /**
     * Whether constant folding can know the result: all operands known, an operator that
     * cancels or masks everything, or an unsigned comparison at the edge of the range (which
     * the emitter writes as a constant).
     */
    private static boolean known(OpCode op, List<Val> args, long k) {
        if (args.stream().allMatch(Val::known)) return true;
        boolean same = args.size() == 2 && args.get(0).root() == args.get(1).root();
        HwType t = args.getFirst().type();
        long c = Coerce.constant(k, t);
        boolean ones = t.signed() ? c == -1 : t.width() <= 63 && c == unsignedMax(t.width());
        return switch (op) {
            case SUB, SUB_GROW, XOR, EQ, NE, LT, LE, GT, GE -> same;
            case AND, MUL_FULL -> args.stream().anyMatch(Val::known);
            case AND_K -> c == 0;
            case OR_K -> ones;
            case LT_K, LE_K, GT_K, GE_K -> !t.signed() && (c == 0 || ones);
            default -> false;
        };
    }

    private static long unsignedMax(int w) { return w >= 63 ? Long.MAX_VALUE : (1L << w) - 1; }

    /** The value an operator only reinterprets or extends (so comparing the two is comparing a value with itself). */
    private static int root(OpCode op, List<Val> args, int id) {
        return switch (op) {
            case AS_SINT, AS_UINT, SEXT, ZEXT, EXT -> args.getFirst().root();
            default -> id;
        };
    }

    // ---- choices shared with the statement generator -------------------------------------

    /** Like {@link #pick}, but not a value constant folding could know, and not one with root {@code not}, when there is such a value. */
    Val pickUnknown(int limit, int not) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Val v = pick(limit);
            if (!v.known() && v.root() != not) return v;
        }
        for (Val v : pool) if (v.rank() < limit && !v.known() && v.root() != not) return v;
        return pick(limit);
    }

    /** A value of rank below {@code limit}; recent values are likelier, so logic gets deep. */
    Val pick(int limit) {
        List<Val> ok = new ArrayList<>();
        for (Val v : pool) if (v.rank() < limit) ok.add(v);
        if (ok.isEmpty()) throw new IllegalStateException("no value below rank " + limit + " (inputs always qualify)");
        if (rnd.nextInt(2) == 0) return ok.get(Math.max(0, ok.size() - 1 - rnd.nextInt(Math.min(ok.size(), 6))));
        return ok.get(rnd.nextInt(ok.size()));
    }

    /** Usually a one-bit value (conditions read best that way), else any value. */
    Val pickBool(int limit) {
        List<Val> bools = new ArrayList<>();
        for (Val v : pool) if (v.rank() < limit && v.type().width() == 1) bools.add(v);
        if (!bools.isEmpty() && rnd.nextInt(4) != 0) return bools.get(rnd.nextInt(bools.size()));
        return pick(limit);
    }

    int pickId(int limit) { return pick(limit).id(); }

    int pickUnknownId(int limit) { return pickUnknown(limit, -1).id(); }

    int pickBoolId(int limit) { return pickBool(limit).id(); }

    HwType randomType() { return new HwType(randomWidth(rnd), rnd.nextInt(5) < 2); }

    static int randomWidth(Random rnd) {
        int roll = rnd.nextInt(10);
        return switch (roll) {
            case 0, 1, 2 -> 1 + rnd.nextInt(8);
            case 3, 4 -> 9 + rnd.nextInt(24);
            case 5 -> 31 + rnd.nextInt(3);
            case 6 -> 63 + rnd.nextInt(3);
            case 7 -> 127 + rnd.nextInt(4);
            default -> 1 + rnd.nextInt(130);
        };
    }

    /** Edge patterns (zero, ones, the sign bit alone or cleared, one) or random bits. */
    BigInteger randomBits(int width) {
        BigInteger ones = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        return switch (rnd.nextInt(8)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> ones;
            case 2 -> BigInteger.ONE.shiftLeft(width - 1);
            case 3 -> ones.shiftRight(1);
            case 4 -> BigInteger.ONE;
            default -> new BigInteger(width, rnd);
        };
    }

    private long randomLong() {
        return switch (rnd.nextInt(7)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> -1;
            case 3 -> Long.MIN_VALUE;
            case 4 -> Long.MAX_VALUE;
            case 5 -> rnd.nextInt(256) - 128;
            default -> rnd.nextLong();
        };
    }

    static int maxDepth() { return MAX_DEPTH; }
}
