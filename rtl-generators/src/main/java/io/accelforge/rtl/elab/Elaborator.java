package io.accelforge.rtl.elab;

import io.accelforge.rtl.emit.VerilogEmitter;
import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.Construction;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.SourceLoc;
import io.accelforge.rtl.lower.Checks;
import io.accelforge.rtl.lower.DiagnosticKind;
import io.accelforge.rtl.lower.Diagnostics;
import io.accelforge.rtl.lower.ElaborationException;
import io.accelforge.rtl.lower.StmtIndex;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a module tree, names it, runs every check (all errors reported together, each with
 * its Java source line) and emits one Verilog module per distinct module name.
 */
public final class Elaborator {
    private Elaborator() {}

    /** @throws ElaborationException listing every error found */
    public static Design elaborate(Supplier<? extends Module> build) {
        long t0 = System.nanoTime();
        Module top = Construction.build(build);
        List<Module> modules = new ArrayList<>();
        collect(top, modules);

        long t1 = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        Map<Module, StmtIndex> index = Checks.nameAndIndex(modules, diags);
        // paths use instance names, which exist only once naming has run
        Map<Module, String> paths = new IdentityHashMap<>();
        paths(top, top.moduleName(), paths);
        Checks.run(modules, index, paths, diags);
        if (!diags.isEmpty()) throw new ElaborationException(diags.list());

        long t2 = System.nanoTime();
        Map<String, String> verilog = new LinkedHashMap<>();
        Map<String, Module> builtBy = new LinkedHashMap<>();
        Map<String, String> external = new LinkedHashMap<>();
        Map<String, Module> sourceBy = new LinkedHashMap<>();
        emit(top, index, verilog, builtBy, external, sourceBy, diags);
        for (Map.Entry<String, Module> e : sourceBy.entrySet()) {
            String file = e.getKey();
            String module = file.substring(0, file.lastIndexOf('.'));
            if (file.endsWith(".v") && verilog.containsKey(module)) {
                diags.add(DiagnosticKind.NAME_COLLISION, builtAt(e.getValue()), "black-box source '" + file + "' of " + e.getValue().moduleName()
                        + " has the name of the generated file of module '" + module + "'", "rename the black-box source file");
            }
        }
        if (!diags.isEmpty()) throw new ElaborationException(diags.list());
        long t3 = System.nanoTime();
        ElaborationStats stats = new ElaborationStats(modules.size(), builtBy.size(), NodeCount.of(modules), t1 - t0, t2 - t1, t3 - t2);
        return new Design(top, modules, index, paths, verilog, external, stats);
    }

    private static void collect(Module m, List<Module> out) {
        out.add(m);
        for (Module c : m.body().children()) collect(c, out);
    }

    private static void paths(Module m, String path, Map<Module, String> out) {
        out.put(m, path);
        for (Module c : m.body().children()) paths(c, path + "." + c.body().instanceName(), out);
    }

    /** Children before parents; a name already emitted must have produced the same text. */
    private static void emit(Module m, Map<Module, StmtIndex> index, Map<String, String> verilog, Map<String, Module> builtBy,
                             Map<String, String> external, Map<String, Module> sourceBy, Diagnostics diags) {
        for (Module c : m.body().children()) emit(c, index, verilog, builtBy, external, sourceBy, diags);
        String name = m.moduleName();
        if (m instanceof BlackBox bb) {
            for (Map.Entry<String, String> e : bb.sources().entrySet()) {
                String prev = external.putIfAbsent(e.getKey(), e.getValue());
                sourceBy.putIfAbsent(e.getKey(), m);
                if (prev != null && !prev.equals(e.getValue())) {
                    diags.add(DiagnosticKind.NAME_COLLISION, builtAt(m), "black-box source '" + e.getKey() + "' is given two different texts (the other by "
                            + sourceBy.get(e.getKey()).moduleName() + " built at " + builtAt(sourceBy.get(e.getKey())) + ")", "give each text its own file name");
                }
            }
            Module first = builtBy.putIfAbsent(name, m);
            if (first != null && !(first instanceof BlackBox)) {
                diags.add(DiagnosticKind.NAME_COLLISION, builtAt(m), "black box '" + name + "' has the name of a generated module (built at "
                        + builtAt(first) + ")", "rename the black box or the module");
            }
            return;
        }
        String text = VerilogEmitter.emit(m, index.get(m));
        Module first = builtBy.putIfAbsent(name, m);
        if (first == null) {
            verilog.put(name, text);
        } else if (first instanceof BlackBox || !verilog.get(name).equals(text)) {
            diags.add(DiagnosticKind.NAME_COLLISION, builtAt(m), "two different modules are named '" + name + "' (the other is built at "
                    + builtAt(first) + ")", "override moduleName(), or put the value that makes them differ into the params record");
        }
    }

    /** Where an instance was made: its instance() line tells two instances of one class apart, unlike the constructor's line. */
    private static SourceLoc builtAt(Module m) {
        SourceLoc l = m.body().instanceLoc();
        return l.equals(SourceLoc.UNKNOWN) ? m.body().loc() : l;
    }
}
