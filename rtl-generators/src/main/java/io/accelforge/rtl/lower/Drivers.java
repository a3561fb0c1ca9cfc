package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a target's statements into one value: later assignments win, conditions become
 * muxes, a register holds its value on paths that do not assign it. Used by the
 * interpreter and by anything that needs "the value this signal gets".
 */
public final class Drivers {
    private Drivers() {}

    /** A memory write port: on the clock edge, when {@code enable}, mem[addr] takes data (lanes by mask, or all). */
    public record WritePort(Value enable, Value addr, Value data, Value mask, Stmt.MemWrite stmt) {}

    /** The value a combinational target carries (checks guarantee every bit is assigned). */
    public static Value combinational(StmtIndex idx, Block root, Signal t) {
        return lower(idx, root, t, t.type().lit(0));
    }

    /** The value a register takes at the next clock edge. */
    public static Value next(StmtIndex idx, Block root, Reg r) {
        return lower(idx, root, r, r);
    }

    /** The memory's writes, in statement order (a later write to the same word wins). */
    public static List<WritePort> writes(StmtIndex idx, Block root, Mem mem) {
        List<WritePort> out = new ArrayList<>();
        collectWrites(idx, root, mem, Hcl.TRUE(), out);
        return out;
    }

    /**
     * What a synchronous read port loads at the next edge: the stored word (read-first), or
     * the word after this cycle's writes to the same address (write-first).
     */
    public static Value syncReadData(StmtIndex idx, Block root, SyncRead r) {
        Mem mem = r.mem();
        Value word = mem.readAsync(r.addr());
        if (mem.readUnderWrite() == ReadUnderWrite.READ_FIRST) return word;
        for (WritePort w : writes(idx, root, mem)) {
            Value hit = w.enable().and(w.addr().eq(r.addr()));
            if (w.mask() == null) {
                word = Hcl.mux(hit, w.data().signed() == word.signed() ? w.data() : cast(w.data(), word), word);
                continue;
            }
            int lanes = w.mask().width();
            int lw = mem.type().width() / lanes;
            List<Value> parts = new ArrayList<>(lanes);
            for (int i = lanes - 1; i >= 0; i--) {
                Value lane = Hcl.mux(hit.and(w.mask().bit(i)), w.data().bits((i + 1) * lw - 1, i * lw), word.bits((i + 1) * lw - 1, i * lw));
                parts.add(lane);
            }
            Value merged = Hcl.cat(parts);
            word = word.signed() ? merged.asSInt() : merged;
        }
        return word;
    }

    private static Value cast(Value v, Value like) { return like.signed() ? v.asSInt() : v.asUInt(); }

    private static Value lower(StmtIndex idx, Block b, Signal t, Value cur) {
        for (Stmt s : idx.stmtsFor(b, t)) {
            cur = switch (s) {
                case Stmt.Assign a -> a.isFull() ? a.value() : splice(cur, a.hi(), a.lo(), a.value(), t);
                case Stmt.When w -> {
                    Value then = lower(idx, w.then(), t, cur);
                    Value otherwise = lower(idx, w.otherwise(), t, cur);
                    yield then == otherwise ? then : Hcl.mux(w.cond(), then, otherwise);
                }
                case Stmt.Switch sw -> {
                    Value v = lower(idx, sw.otherwise(), t, cur);
                    List<Stmt.Case> cases = sw.cases();
                    for (int i = cases.size() - 1; i >= 0; i--) {
                        Value body = lower(idx, cases.get(i).body(), t, cur);
                        if (body != v) v = Hcl.mux(matches(sw.selector(), cases.get(i)), body, v);
                    }
                    yield v;
                }
                case Stmt.MemWrite mw -> cur;
            };
        }
        return cur;
    }

    private static Value splice(Value cur, int hi, int lo, Value v, Signal t) {
        List<Value> parts = new ArrayList<>(3);
        if (hi < t.width() - 1) parts.add(cur.bits(t.width() - 1, hi + 1));
        parts.add(v.asUInt());
        if (lo > 0) parts.add(cur.bits(lo - 1, 0));
        Value bits = Hcl.cat(parts);
        return t.signed() ? bits.asSInt() : bits;
    }

    /** The Bool that is true when the selector matches one of the case's values. */
    public static Value matches(Value selector, Stmt.Case c) {
        Value any = null;
        for (Literal l : c.values()) {
            Value eq = selector.eq(l);
            any = any == null ? eq : any.or(eq);
        }
        return any;
    }

    private static void collectWrites(StmtIndex idx, Block b, Mem mem, Value path, List<WritePort> out) {
        for (Stmt s : idx.stmtsFor(b, mem)) {
            switch (s) {
                case Stmt.MemWrite w -> out.add(new WritePort(path, w.addr(), w.data(), w.mask(), w));
                case Stmt.When w -> {
                    collectWrites(idx, w.then(), mem, and(path, w.cond()), out);
                    collectWrites(idx, w.otherwise(), mem, and(path, w.cond().not()), out);
                }
                case Stmt.Switch sw -> {
                    Value none = Hcl.TRUE();
                    for (Stmt.Case c : sw.cases()) {
                        Value m = matches(sw.selector(), c);
                        collectWrites(idx, c.body(), mem, and(and(path, none), m), out);
                        none = and(none, m.not());
                    }
                    collectWrites(idx, sw.otherwise(), mem, and(path, none), out);
                }
                case Stmt.Assign a -> { }
            }
        }
    }

    private static Value and(Value a, Value b) {
        if (a instanceof Literal l && l.value().signum() != 0) return b;
        return a.and(b);
    }
}
