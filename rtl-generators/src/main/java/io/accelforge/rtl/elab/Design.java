package io.accelforge.rtl.elab;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.lower.StmtIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An elaborated, checked design: its module tree and the Verilog of each distinct module. */
public final class Design {
    private final Module top;
    private final List<Module> modules;
    private final Map<Module, StmtIndex> index;
    private final Map<Module, String> paths;
    private final Map<String, String> verilog;
    private final Map<String, String> externalSources;
    private final ElaborationStats stats;

    Design(Module top, List<Module> modules, Map<Module, StmtIndex> index, Map<Module, String> paths,
           Map<String, String> verilog, Map<String, String> externalSources, ElaborationStats stats) {
        this.stats = stats;
        this.top = top;
        this.modules = List.copyOf(modules);
        this.index = index;
        this.paths = paths;
        this.verilog = Collections.unmodifiableMap(verilog);
        this.externalSources = Collections.unmodifiableMap(externalSources);
    }

    public Module top() { return top; }
    public ElaborationStats stats() { return stats; }
    public String topName() { return top.moduleName(); }
    /** Every module instance, parents before children. */
    public List<Module> modules() { return modules; }
    public StmtIndex index(Module m) { return index.get(m); }
    /** Hierarchical instance path, e.g. MacGrid_rows4_cols4.cells_0_1. */
    public String path(Module m) { return paths.get(m); }
    /** Module name to Verilog text, leaves first; one entry per distinct module. */
    public Map<String, String> verilog() { return verilog; }
    /** Black-box source files by file name. */
    public Map<String, String> externalSources() { return externalSources; }

    /** The top module's ports, clocks and resets first. */
    public List<Signal> ports() { return top.body().ports(); }

    public List<Port> portDescriptions() {
        List<Port> out = new ArrayList<>();
        for (Signal s : ports()) out.add(new Port(s.name(), s instanceof Input ? "input" : "output", s.width(), s.signed()));
        return out;
    }

    public List<Clock> clocks() {
        List<Clock> out = new ArrayList<>();
        for (ClockDomain d : top.body().domains()) {
            out.add(new Clock(d.clock().name(), d.reset().name(), d.resetKind().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    public record Port(String name, String direction, int width, boolean signed) {}

    public record Clock(String clock, String reset, String resetKind) {}
}
