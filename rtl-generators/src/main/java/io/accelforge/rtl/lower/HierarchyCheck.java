package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SourceLoc;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A module reads only its own signals and memories and the ports of its direct instances.
 * Java closures make it easy to reach into another module by accident; this finds it.
 */
final class HierarchyCheck {
    private final Module m;
    private final Diagnostics diags;
    private final Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    private HierarchyCheck(Module m, Diagnostics diags) {
        this.m = m;
        this.diags = diags;
    }

    static void run(Module m, Diagnostics diags) {
        HierarchyCheck c = new HierarchyCheck(m, diags);
        c.block(m.body().root());
        for (Signal s : m.body().locals()) {
            if (s instanceof SyncRead r) {
                c.read(r.addr(), r.loc());
                c.read(r.enable(), r.loc());
            }
        }
    }

    private void block(Block b) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Assign a -> read(a.value(), a.loc());
                case Stmt.When w -> {
                    read(w.cond(), w.loc());
                    block(w.then());
                    block(w.otherwise());
                }
                case Stmt.Switch sw -> {
                    read(sw.selector(), sw.loc());
                    for (Stmt.Case c : sw.cases()) block(c.body());
                    block(sw.otherwise());
                }
                case Stmt.MemWrite w -> {
                    if (w.mem().owner() != m) foreignMem(w.mem(), w.loc());
                    read(w.addr(), w.loc());
                    read(w.data(), w.loc());
                    if (w.mask() != null) read(w.mask(), w.loc());
                }
            }
        }
    }

    private void read(Value v, SourceLoc loc) {
        ValueWalk.leaves(v, visited, leaf -> {
            switch (leaf) {
                case Signal s -> checkSignal(s, loc);
                case Mem mem -> { if (mem.owner() != m) foreignMem(mem, loc); }
                default -> { }
            }
        });
    }

    private void checkSignal(Signal s, SourceLoc loc) {
        Module owner = s.owner();
        if (owner == m) return;
        boolean port = s instanceof Input || s instanceof Output;
        if (owner.body().parent() == m && port) return;
        String where = owner.body().parent() == m
                ? "inside instance '" + owner.body().instanceName() + "' (" + owner.moduleName() + ")"
                : "of " + owner.moduleName() + ", which is neither " + m.moduleName() + " nor one of its direct instances";
        diags.add(DiagnosticKind.HIERARCHY, loc, m.moduleName() + " reads " + s.kindName() + " '" + s.name() + "' " + where,
                "bring the value in through a port");
    }

    private void foreignMem(Mem mem, SourceLoc loc) {
        diags.add(DiagnosticKind.HIERARCHY, loc, m.moduleName() + " uses memory '" + mem.name() + "' of " + mem.owner().moduleName(),
                "access a memory only in the module that declares it; add ports to reach it");
    }
}
