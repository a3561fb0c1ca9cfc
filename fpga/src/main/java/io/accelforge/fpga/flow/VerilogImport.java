package io.accelforge.fpga.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-written (or Chisel/SpinalHDL) Verilog for the flow: the files, and the top module's ports as Yosys reads them. */
public final class VerilogImport {
    private VerilogImport() {}

    /** The files by name (file names must differ), in order. */
    public static Map<String, String> read(List<Path> files) throws IOException {
        Map<String, String> src = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IOException(f + ": no such Verilog file");
            String name = f.getFileName().toString();
            if (src.containsKey(name)) throw new IOException(f + ": two sources are named " + name + "; rename one");
            src.put(name, Files.readString(f));
        }
        return src;
    }

    /** The ports of {@code top} in declaration order (Yosys front end: read_verilog; hierarchy -top). */
    public static List<Port> ports(Map<String, String> sources, String top, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        StringBuilder script = new StringBuilder();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = workDir.resolve(e.getKey());
            Files.writeString(f, e.getValue());
            script.append("read_verilog -sv ").append(f.toAbsolutePath()).append("; ");
        }
        Path json = workDir.resolve("ports.json");
        script.append("hierarchy -top ").append(top).append("; proc; write_json ").append(json.toAbsolutePath());
        ToolResult r = Tools.YOSYS.run(List.of("-q", "-p", script.toString()), workDir, Duration.ofMinutes(5), workDir.resolve("ports.log"));
        if (!r.ok()) {
            String err = r.output().lines().filter(l -> l.startsWith("ERROR")).findFirst().orElse("yosys exited with " + r.exitCode());
            throw new FlowException("cannot read the Verilog top '" + top + "': " + err + " (log: " + r.log() + ")");
        }
        JsonNode mod = new ObjectMapper().readTree(json.toFile()).path("modules").path(top);
        if (mod.isMissingNode()) throw new FlowException("no module '" + top + "' in the Verilog files");
        List<Port> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : mod.path("ports").properties()) {
            String dir = p.getValue().path("direction").asText();
            if (dir.equals("inout")) throw new FlowException("port '" + p.getKey() + "' of " + top + " is inout; the open flow maps inputs and outputs only");
            out.add(new Port(p.getKey(), dir.equals("input"), p.getValue().path("bits").size()));
        }
        return out;
    }
}
