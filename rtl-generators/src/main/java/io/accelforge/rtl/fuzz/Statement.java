package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.util.ArrayList;
import java.util.List;

/** A statement of a {@link Circuit}'s body; values and targets are ids. */
public sealed interface Statement {
    /** {@code target[hi:lo] = value}; {@code hi < 0} assigns the whole target. Out-of-range bits are clamped when built. */
    record Assign(int target, int hi, int lo, int value) implements Statement {
        public boolean whole() { return hi < 0; }
    }

    /** when(cond) then, else otherwise (a lone If in otherwise is built as elseWhen). */
    record If(int cond, List<Statement> then, List<Statement> otherwise) implements Statement {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /**
     * switchOn(selector as selType) with cases of bit patterns (duplicates after masking to
     * the selector's width are dropped when built); {@code otherwise} null means none.
     */
    record Switch(int selector, HwType selType, List<Case> cases, List<Statement> otherwise) implements Statement {
        public Switch {
            cases = List.copyOf(cases);
            otherwise = otherwise == null ? null : List.copyOf(otherwise);
        }
    }

    record Case(List<Long> values, List<Statement> body) {
        public Case {
            values = List.copyOf(values);
            body = List.copyOf(body);
        }
    }

    /** mem[addr] = data, in {@code lanes} mask lanes when {@code mask >= 0}. */
    record Write(int mem, int addr, int data, int mask, int lanes) implements Statement {}

    /** Size for shrinking: 64 per statement and case, plus one per partial assignment, masked write and extra case value. */
    static int size(List<Statement> ss) {
        int n = 0;
        for (Statement s : ss) {
            n += 64;
            switch (s) {
                case Assign a -> n += a.whole() ? 0 : 1;
                case Write w -> n += w.mask() < 0 ? 0 : 1;
                case If i -> n += size(i.then()) + size(i.otherwise());
                case Switch sw -> {
                    for (Case c : sw.cases()) n += 64 + c.values().size() - 1 + size(c.body());
                    if (sw.otherwise() != null) n += 1 + size(sw.otherwise());
                }
            }
        }
        return n;
    }

    /** Every value id a statement list reads (conditions, selectors, values, addresses). */
    static List<Integer> reads(List<Statement> ss) {
        List<Integer> out = new ArrayList<>();
        collectReads(ss, out);
        return out;
    }

    private static void collectReads(List<Statement> ss, List<Integer> out) {
        for (Statement s : ss) {
            switch (s) {
                case Assign a -> out.add(a.value());
                case If i -> {
                    out.add(i.cond());
                    collectReads(i.then(), out);
                    collectReads(i.otherwise(), out);
                }
                case Switch sw -> {
                    out.add(sw.selector());
                    for (Case c : sw.cases()) collectReads(c.body(), out);
                    if (sw.otherwise() != null) collectReads(sw.otherwise(), out);
                }
                case Write w -> {
                    out.add(w.addr());
                    out.add(w.data());
                    if (w.mask() >= 0) out.add(w.mask());
                }
            }
        }
    }
}
