package io.accelforge.sim.build;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to build: Verilog sources (file name to text), the top module, its ports when known
 * (else Verilator's XML tells), the clock ports (null: the 1-bit input named clk or clock,
 * if any), and whether waveforms are compiled in.
 */
public record BuildRequest(Map<String, String> sources, String top, List<PortSpec> ports, List<String> clocks, Trace trace) {
    public BuildRequest {
        if (sources.isEmpty()) throw new BuildException("no Verilog sources to build " + top);
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        ports = ports == null ? null : List.copyOf(ports);
        clocks = clocks == null ? null : List.copyOf(clocks);
    }

    public BuildRequest withTrace(Trace t) { return new BuildRequest(sources, top, ports, clocks, t); }

    /** An elaborated design: ports and clocks from the design itself. */
    public static BuildRequest of(Design d) {
        Map<String, String> src = new LinkedHashMap<>();
        d.verilog().forEach((name, text) -> src.put(name + ".v", text));
        src.putAll(d.externalSources());
        List<PortSpec> ports = new ArrayList<>();
        for (Design.Port p : d.portDescriptions()) ports.add(new PortSpec(p.name(), p.direction().equals("input"), p.width(), p.signed()));
        List<String> clocks = d.clocks().stream().map(Design.Clock::clock).toList();
        return new BuildRequest(src, d.topName(), ports, clocks, Trace.NONE);
    }

    /** A directory written by 'forge generate' (its manifest). */
    public static BuildRequest ofDirectory(Path dir) throws IOException {
        Manifest m = Manifest.read(dir);
        Map<String, String> src = new LinkedHashMap<>();
        for (String f : m.files()) if (f.endsWith(".v") || f.endsWith(".sv")) src.put(f, Files.readString(dir.resolve(f)));
        List<PortSpec> ports = new ArrayList<>();
        for (Design.Port p : m.ports()) ports.add(new PortSpec(p.name(), p.direction().equals("input"), p.width(), p.signed()));
        return new BuildRequest(src, m.top(), ports, m.clocks().stream().map(Design.Clock::clock).toList(), Trace.NONE);
    }

    /** Any Verilog files and a top module; ports are discovered, clocks named by the caller (null: clk or clock). */
    public static BuildRequest ofFiles(List<Path> files, String top, List<String> clocks) throws IOException {
        Map<String, String> src = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IOException(f + ": no such Verilog file");
            String name = f.getFileName().toString();
            if (src.containsKey(name)) throw new IOException(f + ": two sources are named " + name + "; rename one");
            src.put(name, Files.readString(f));
        }
        return new BuildRequest(src, top, null, clocks, Trace.NONE);
    }
}
