package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * The statements of a random circuit. Targets are dealt into small groups whose statements
 * share when/switch blocks. In every block, each target that must be driven on every path
 * gets a whole assignment there or a when/switch that drives it on all of its branches;
 * other assignments (whole or partial) go anywhere as long as they leave every earlier
 * unconditional assignment of the same block some bit ({@link LiveBits}). Conditions read
 * only values ranked below every combinational target of their group ({@link Ranks}).
 */
final class StatementGenerator {
    private final Random rnd;
    private final CircuitGenerator g;

    /** A group's targets, the rank limit for its conditions, and the memory writes still to place. */
    private record Group(List<CircuitGenerator.Tgt> targets, int condLimit, Deque<Statement.Write> writes) {}

    StatementGenerator(Random rnd, CircuitGenerator g) {
        this.rnd = rnd;
        this.g = g;
    }

    List<Statement> body(List<CircuitGenerator.Tgt> targets, List<Node.Mem> mems) {
        List<CircuitGenerator.Tgt> order = new ArrayList<>(targets);
        Collections.shuffle(order, rnd);
        List<List<CircuitGenerator.Tgt>> groups = new ArrayList<>();
        for (int i = 0; i < order.size(); ) {
            int n = Math.min(order.size() - i, 1 + rnd.nextInt(3));
            groups.add(order.subList(i, i + n));
            i += n;
        }
        List<List<Statement.Write>> writes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) writes.add(new ArrayList<>());
        for (Node.Mem m : mems) {
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) writes.get(rnd.nextInt(groups.size())).add(write(m));
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) out.addAll(group(groups.get(i), writes.get(i)));
        return out;
    }

    private Statement.Write write(Node.Mem m) {
        boolean masked = rnd.nextBoolean();
        int lanes = masked ? 1 + rnd.nextInt(Math.min(8, m.type().width())) : 0;
        return new Statement.Write(m.id(), g.pickId(Ranks.ANY), g.pickId(Ranks.ANY), masked ? g.pickId(Ranks.ANY) : -1, lanes);
    }

    private List<Statement> group(List<CircuitGenerator.Tgt> ts, List<Statement.Write> writes) {
        int limit = Ranks.ANY;
        for (CircuitGenerator.Tgt t : ts) if (t.comb()) limit = Math.min(limit, t.limit());
        Group grp = new Group(ts, limit, new ArrayDeque<>(writes));
        List<CircuitGenerator.Tgt> full = new ArrayList<>();
        List<CircuitGenerator.Tgt> some = new ArrayList<>();
        for (CircuitGenerator.Tgt t : ts) {
            if (t.comb() || rnd.nextInt(10) < 3) full.add(t);
            else some.add(t);
        }
        List<Statement> top = block(grp, full, some, 0);
        while (!grp.writes().isEmpty()) {
            Statement.Write w = grp.writes().removeFirst();
            top.add(rnd.nextBoolean() ? w : new Statement.If(g.pickBoolId(limit), List.of(w), List.of()));
        }
        return top;
    }

    /**
     * A block that drives every target of {@code full} on every path, and every bit of each
     * target of {@code some} on at least one path.
     */
    private List<Statement> block(Group grp, List<CircuitGenerator.Tgt> full, List<CircuitGenerator.Tgt> some, int depth) {
        List<Statement> direct = new ArrayList<>();
        LiveBits live = new LiveBits();
        List<CircuitGenerator.Tgt> branched = new ArrayList<>();
        List<CircuitGenerator.Tgt> shuffled = new ArrayList<>(full);
        Collections.shuffle(shuffled, rnd);
        for (CircuitGenerator.Tgt t : shuffled) {
            if (depth >= CircuitGenerator.maxDepth() || rnd.nextInt(100) < 55) {
                direct.add(whole(t));
                live.add(t.id(), LiveBits.range(t.type().width() - 1, 0));
            } else {
                branched.add(t);
            }
        }
        int extras = rnd.nextInt(depth == 0 ? 4 : 3);
        for (int i = 0; i < extras; i++) {
            int roll = rnd.nextInt(100);
            if (roll < 35 && depth < CircuitGenerator.maxDepth()) {
                direct.add(rnd.nextInt(3) == 0 ? switchOf(grp, List.of(), depth) : ifOf(grp, List.of(), depth));
            } else if (roll < 55 && !grp.writes().isEmpty()) {
                direct.add(grp.writes().removeFirst());
            } else {
                CircuitGenerator.Tgt t = grp.targets().get(rnd.nextInt(grp.targets().size()));
                Statement.Assign a = rnd.nextInt(4) == 0 ? whole(t) : partial(t);
                int w = t.type().width();
                int hi = a.whole() ? w - 1 : a.hi();
                int lo = a.whole() ? 0 : a.lo();
                if (live.allows(t.id(), LiveBits.range(hi, lo))) {
                    live.add(t.id(), LiveBits.range(hi, lo));
                    direct.add(a);
                }
            }
        }
        // statements that are not unconditional assignments go anywhere: they cannot overwrite a whole assignment
        if (!branched.isEmpty()) {
            Statement cover = rnd.nextInt(3) == 0 ? switchOf(grp, branched, depth) : ifOf(grp, branched, depth);
            direct.add(rnd.nextInt(direct.size() + 1), cover);
        }
        for (CircuitGenerator.Tgt t : some) {
            List<Statement> other = rnd.nextBoolean() ? List.of() : List.of(partial(t));
            direct.add(rnd.nextInt(direct.size() + 1), new Statement.If(g.pickBoolId(grp.condLimit()), List.of(whole(t)), other));
        }
        return direct;
    }

    /** when/elseWhen/otherwise; every branch drives {@code full} on every path. */
    private Statement ifOf(Group grp, List<CircuitGenerator.Tgt> full, int depth) {
        int cond = g.pickBoolId(grp.condLimit());
        List<Statement> then = block(grp, full, List.of(), depth + 1);
        List<Statement> otherwise;
        if (rnd.nextInt(3) == 0 && depth + 1 < CircuitGenerator.maxDepth()) otherwise = List.of(ifOf(grp, full, depth + 1));
        else if (full.isEmpty() && rnd.nextBoolean()) otherwise = List.of();
        else otherwise = block(grp, full, List.of(), depth + 1);
        return new Statement.If(cond, then, otherwise);
    }

    /** switchOn with partial or full case lists; when {@code full} is not empty, every case and the default drive it. */
    private Statement switchOf(Group grp, List<CircuitGenerator.Tgt> full, int depth) {
        int width = rnd.nextInt(6) == 0 ? 4 + rnd.nextInt(9) : 1 + rnd.nextInt(3);
        HwType type = new HwType(width, rnd.nextInt(3) == 0);
        int sel = g.pickId(grp.condLimit());
        List<Statement.Case> cases = new ArrayList<>();
        boolean exhaustive = width <= 3 && rnd.nextBoolean();
        if (exhaustive) {
            List<Long> all = new ArrayList<>();
            for (long v = 0; v < 1L << width; v++) all.add(v);
            Collections.shuffle(all, rnd);
            for (int i = 0; i < all.size(); ) {
                int n = Math.min(all.size() - i, 1 + rnd.nextInt(3));
                cases.add(new Statement.Case(all.subList(i, i + n), block(grp, full, List.of(), depth + 1)));
                i += n;
            }
            return new Statement.Switch(sel, type, cases, null);
        }
        List<Long> used = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            List<Long> vs = new ArrayList<>();
            int k = 1 + rnd.nextInt(width > 1 ? 3 : 1);
            for (int j = 0; j < k; j++) {
                long v = rnd.nextLong() & ((1L << width) - 1);
                if (!used.contains(v)) {
                    used.add(v);
                    vs.add(v);
                }
            }
            if (!vs.isEmpty()) cases.add(new Statement.Case(vs, block(grp, full, List.of(), depth + 1)));
        }
        boolean withDefault = !full.isEmpty() || rnd.nextBoolean();
        return new Statement.Switch(sel, type, cases, withDefault ? block(grp, full, List.of(), depth + 1) : null);
    }

    /** A whole assignment; a combinational target gets a value constant folding cannot know, so the target does not become a known constant. */
    private Statement.Assign whole(CircuitGenerator.Tgt t) {
        int v = t.comb() ? g.pickUnknownId(t.limit()) : g.pickId(t.limit());
        return new Statement.Assign(t.id(), -1, -1, v);
    }

    private Statement.Assign partial(CircuitGenerator.Tgt t) {
        int w = t.type().width();
        int hi = rnd.nextInt(w);
        int lo = rnd.nextInt(4) == 0 ? hi : rnd.nextInt(hi + 1);
        return new Statement.Assign(t.id(), hi, lo, g.pickId(t.limit()));
    }
}
