package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SourceLoc;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-module driver checks: assignment widths, who may drive what, bits never driven,
 * bits driven on some paths only (latches), registers never assigned, dead overwrites,
 * and duplicate switch cases.
 */
final class DriverCheck {
    private final Module m;
    private final StmtIndex idx;
    private final Diagnostics diags;

    private DriverCheck(Module m, StmtIndex idx, Diagnostics diags) {
        this.m = m;
        this.idx = idx;
        this.diags = diags;
    }

    static void run(Module m, StmtIndex idx, Diagnostics diags) {
        DriverCheck c = new DriverCheck(m, idx, diags);
        c.checkStatements(m.body().root());
        c.checkCoverage();
    }

    // ---- every statement: widths, legal targets, duplicate cases --------------------------

    private void checkStatements(Block b) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Assign a -> {
                    checkWidth(a);
                    checkTarget(a);
                }
                case Stmt.When w -> {
                    checkStatements(w.then());
                    checkStatements(w.otherwise());
                }
                case Stmt.Switch sw -> {
                    checkDuplicateCases(sw);
                    for (Stmt.Case c : sw.cases()) checkStatements(c.body());
                    checkStatements(sw.otherwise());
                }
                case Stmt.MemWrite mw -> { }
            }
        }
    }

    private void checkWidth(Stmt.Assign a) {
        Signal t = a.target();
        Value v = a.value();
        String where = a.isFull() ? "'" + t.name() + "'" : "'" + t.name() + "'[" + (a.hi() == a.lo() ? a.hi() : a.hi() + ":" + a.lo()) + "]";
        if (v.width() != a.width()) {
            String fix = v.width() > a.width()
                    ? ".trunc(" + a.width() + ") to drop the top bits on purpose, or widen " + where
                    : ".ext(" + a.width() + ") (or .sext/.zext) to widen on purpose, or narrow " + where;
            diags.add(DiagnosticKind.WIDTH_MISMATCH, a.loc(), "assigning " + v.width() + " bits to " + where + " (" + a.width() + " bits)", fix);
        } else if (a.isFull() && v.signed() != t.signed()) {
            diags.add(DiagnosticKind.WIDTH_MISMATCH, a.loc(), "assigning " + v.type() + " to " + where + " (" + t.type() + ")",
                    v.signed() ? ".asUInt() to take the bits as unsigned" : ".asSInt() to take the bits as signed");
        }
    }

    private void checkTarget(Stmt.Assign a) {
        Signal t = a.target();
        Module owner = t.owner();
        String mod = m.moduleName();
        if (owner == m) {
            if (t instanceof Input) {
                diags.add(DiagnosticKind.MULTIPLE_DRIVERS, a.loc(), "input '" + t.name() + "' of " + mod
                        + " is driven by its parent and cannot also be assigned inside " + mod, "assign a wire or an output instead");
            } else if (t instanceof SyncRead r) {
                diags.add(DiagnosticKind.MULTIPLE_DRIVERS, a.loc(), "'" + t.name() + "' is driven by memory '" + r.mem().name()
                        + "' and cannot also be assigned", "copy it into a register or wire");
            }
        } else if (owner.body().parent() == m) {
            String inst = owner.body().instanceName();
            if (t instanceof Output) {
                diags.add(DiagnosticKind.MULTIPLE_DRIVERS, a.loc(), "output '" + t.name() + "' of instance '" + inst
                        + "' is driven inside " + owner.moduleName() + "; " + mod + " can only read it", "drive one of the instance's inputs");
            } else if (!(t instanceof Input)) {
                diags.add(DiagnosticKind.HIERARCHY, a.loc(), "assigns " + t.kindName() + " '" + t.name() + "' inside instance '" + inst
                        + "' (" + owner.moduleName() + ")", "only the instance's inputs can be driven from " + mod + "; add an input port");
            }
        } else {
            diags.add(DiagnosticKind.HIERARCHY, a.loc(), "assigns " + t.kindName() + " '" + t.name() + "' of " + owner.moduleName()
                    + ", which is neither " + mod + " nor one of its direct instances", "pass the value through ports");
        }
    }

    private void checkDuplicateCases(Stmt.Switch sw) {
        Map<BigInteger, SourceLoc> seen = new HashMap<>();
        for (Stmt.Case c : sw.cases()) {
            for (Literal l : c.values()) {
                SourceLoc prev = seen.putIfAbsent(l.value(), c.loc());
                if (prev != null) {
                    diags.add(DiagnosticKind.DUPLICATE_CASE, c.loc(), "case " + l.value() + " of the switch at " + sw.loc()
                            + " already appears at " + prev, "remove one of them; the first would always win");
                }
            }
        }
    }

    // ---- coverage: undriven, latches, registers never assigned, dead overwrites -----------

    private record Cover(BitSet must, BitSet may) {}

    private record LatchSite(SourceLoc loc, BitSet missing, String when) {}

    private void checkCoverage() {
        Map<Signal, Boolean> targets = new IdentityHashMap<>();
        for (Object o : idx.allTargets()) if (o instanceof Signal s) targets.put(s, Boolean.TRUE);
        List<Signal> needDriver = new ArrayList<>();
        for (Signal s : m.body().ports()) if (s instanceof Output) needDriver.add(s);
        for (Signal s : m.body().locals()) if (!(s instanceof SyncRead)) needDriver.add(s);
        for (Module c : m.body().children()) for (Signal s : c.body().ports()) if (s instanceof Input) needDriver.add(s);
        for (Signal t : needDriver) {
            BitSet full = BitRanges.range(t.width() - 1, 0);
            if (!targets.containsKey(t)) {
                reportUndriven(t, full, full);
                continue;
            }
            List<LatchSite> sites = new ArrayList<>();
            Cover c = cover(m.body().root(), t, sites);
            BitSet never = (BitSet) full.clone();
            never.andNot(c.may());
            if (!never.isEmpty()) reportUndriven(t, never, full);
            if (t instanceof Reg) continue;
            BitSet latch = (BitSet) c.may().clone();
            latch.andNot(c.must());
            if (!latch.isEmpty()) reportLatch(t, latch, full, sites);
        }
    }

    private Cover cover(Block b, Signal t, List<LatchSite> sites) {
        BitSet must = new BitSet();
        BitSet may = new BitSet();
        List<Stmt.Assign> direct = new ArrayList<>();
        List<BitSet> live = new ArrayList<>();
        for (Stmt s : idx.stmtsFor(b, t)) {
            switch (s) {
                case Stmt.Assign a -> {
                    BitSet bits = BitRanges.range(a.hi(), a.lo());
                    for (int i = 0; i < direct.size(); i++) {
                        BitSet l = live.get(i);
                        if (l.isEmpty() || !l.intersects(bits)) continue;
                        l.andNot(bits);
                        if (l.isEmpty()) {
                            diags.add(DiagnosticKind.MULTIPLE_DRIVERS, direct.get(i).loc(), "'" + t.name() + "' is assigned here and again at "
                                    + a.loc() + " on the same path; the later assignment wins, so this one never takes effect",
                                    "delete one of them, or put them under different conditions");
                        }
                    }
                    direct.add(a);
                    live.add(bits);
                    must.or(bits);
                    may.or(bits);
                }
                case Stmt.When w -> {
                    Cover c1 = cover(w.then(), t, sites);
                    Cover c2 = cover(w.otherwise(), t, sites);
                    BitSet both = (BitSet) c1.must().clone();
                    both.and(c2.must());
                    noteLatch(sites, w.loc(), must, c2.must(), c1.may(), "is false");
                    noteLatch(sites, w.loc(), must, c1.must(), c2.may(), "is true");
                    must.or(both);
                    may.or(c1.may());
                    may.or(c2.may());
                }
                case Stmt.Switch sw -> {
                    BitSet all = null;
                    BitSet any = new BitSet();
                    List<Cover> branches = new ArrayList<>();
                    for (Stmt.Case c : sw.cases()) branches.add(cover(c.body(), t, sites));
                    if (sw.hasDefault()) branches.add(cover(sw.otherwise(), t, sites));
                    else if (!exhaustive(sw)) branches.add(new Cover(new BitSet(), new BitSet()));
                    for (Cover c : branches) {
                        if (all == null) all = (BitSet) c.must().clone();
                        else all.and(c.must());
                        any.or(c.may());
                    }
                    BitSet covered = all == null ? new BitSet() : all;
                    BitSet missing = (BitSet) any.clone();
                    missing.andNot(covered);
                    missing.andNot(must);
                    if (!missing.isEmpty()) sites.add(new LatchSite(sw.loc(), missing, "in some cases of the switch"));
                    must.or(covered);
                    may.or(any);
                }
                case Stmt.MemWrite mw -> { }
            }
        }
        return new Cover(must, may);
    }

    /** Bits assigned in one branch ({@code mayHere}) but not the other ({@code mustThere}) nor before. */
    private static void noteLatch(List<LatchSite> sites, SourceLoc loc, BitSet before, BitSet mustThere, BitSet mayHere, String cond) {
        BitSet missing = (BitSet) mayHere.clone();
        missing.andNot(mustThere);
        missing.andNot(before);
        if (!missing.isEmpty()) sites.add(new LatchSite(loc, missing, "when the condition " + cond));
    }

    private static boolean exhaustive(Stmt.Switch sw) {
        int w = sw.selector().width();
        if (w > 16) return false;
        BitSet seen = new BitSet(1 << w);
        for (Stmt.Case c : sw.cases()) for (Literal l : c.values()) seen.set(l.bits().intValue());
        return seen.cardinality() == (1 << w);
    }

    private void reportUndriven(Signal t, BitSet bits, BitSet full) {
        String which = bits.equals(full) ? "" : " bits " + BitRanges.format(bits);
        if (t instanceof Reg) {
            diags.add(DiagnosticKind.REG_NEVER_ASSIGNED, t.loc(), "register '" + t.name() + "'" + which + " in " + m.moduleName() + " is never assigned",
                    "assign it (e.g. .set(...)) or replace it by a constant");
        } else if (t.owner() != m) {
            Module c = t.owner();
            diags.add(DiagnosticKind.UNDRIVEN, c.body().instanceLoc(), "input '" + t.name() + "'" + which + " of instance '" + c.body().instanceName()
                    + "' (" + c.moduleName() + ") is never driven", "drive it from " + m.moduleName() + ", e.g. inst." + t.name() + ".set(...)");
        } else {
            diags.add(DiagnosticKind.UNDRIVEN, t.loc(), t.kindName() + " '" + t.name() + "'" + which + " in " + m.moduleName() + " is never driven",
                    "assign it on every path, e.g. " + t.name() + ".set(...)");
        }
    }

    private void reportLatch(Signal t, BitSet bits, BitSet full, List<LatchSite> sites) {
        String which = bits.equals(full) ? "" : " bits " + BitRanges.format(bits);
        LatchSite site = null;
        for (LatchSite s : sites) {
            if (s.missing().intersects(bits)) {
                site = s;
                break;
            }
        }
        SourceLoc loc = site == null ? t.loc() : site.loc();
        String when = site == null ? "on some paths" : site.when();
        diags.add(DiagnosticKind.LATCH, loc, "'" + t.name() + "'" + which + " in " + m.moduleName() + " not assigned " + when,
                "assign '" + t.name() + "' before the when(), or add .otherwise(...)");
    }
}
