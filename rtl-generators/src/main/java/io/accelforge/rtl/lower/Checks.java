package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.Module;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Naming and every elaboration check, over all module instances of a design. */
public final class Checks {
    private Checks() {}

    /** Names all instances (fields first everywhere, then derived names) and indexes their statements. */
    public static Map<Module, StmtIndex> nameAndIndex(List<Module> modules, Diagnostics diags) {
        for (Module m : modules) Naming.nameFields(m);
        for (Module m : modules) Naming.nameRest(m, diags);
        Map<Module, StmtIndex> index = new IdentityHashMap<>();
        for (Module m : modules) if (!(m instanceof BlackBox)) index.put(m, new StmtIndex(m.body().root()));
        return index;
    }

    /** Per-module driver and hierarchy checks, then the whole-design loop and clock-crossing checks. */
    public static void run(List<Module> modules, Map<Module, StmtIndex> index, Map<Module, String> paths, Diagnostics diags) {
        for (Module m : modules) {
            StmtIndex idx = index.get(m);
            if (idx == null) continue;
            DriverCheck.run(m, idx, diags);
            HierarchyCheck.run(m, diags);
        }
        DependencyGraph g = DependencyGraph.build(modules, index, paths);
        CombLoopCheck.run(g, diags);
        ClockCrossingCheck.run(g, index, modules, diags);
    }
}
