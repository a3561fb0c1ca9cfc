package io.accelforge.fpga.flow;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import io.accelforge.sim.Port;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.BuildRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Board-free check of synthesis: the design's Yosys {@code synth_ice40} netlist runs in Icarus
 * Verilog with Yosys's iCE40 cell models ({@code cells_sim.v}), driven cycle by cycle on one
 * input with a given waveform; the output's trace is compared with the RTL's in Verilator. Both
 * start from all-zero state, as iCE40 flops and block RAMs do after configuration.
 */
public final class GateLevelSim {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private GateLevelSim() {}

    /** The gate-level trace of {@code output} (one level per cycle, sampled after each rising edge of {@code clock}). */
    public static boolean[] netlistTrace(Design d, String clock, String input, String output, boolean[] stimulus, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder read = new StringBuilder();
        for (Map.Entry<String, String> e : ShellBuilds.sources(d).entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
            read.append("read_verilog ").append(e.getKey()).append("; ");
        }
        ToolResult y = Tools.YOSYS.run(List.of("-q", "-p", read + "synth_ice40 -top " + d.topName() + "; write_verilog -noattr netlist.v"),
                dir, TIMEOUT, dir.resolve("yosys.log"));
        if (!y.ok()) throw new FlowException("yosys failed: " + Ice40Flow.firstError(y.output(), "ERROR") + " (log: " + y.log() + ")");

        StringBuilder bits = new StringBuilder();
        for (boolean b : stimulus) bits.append(b ? "1\n" : "0\n");
        Files.writeString(dir.resolve("stimulus.mem"), bits);
        Files.writeString(dir.resolve("tb.v"), testbench(d.topName(), clock, input, output, stimulus.length));
        Path cells = cellModels();
        ToolResult c = Tools.IVERILOG.run(List.of("-g2005", "-DNO_ICE40_DEFAULT_ASSIGNMENTS", "-s", "tb", "-o", "tb.vvp", "tb.v", "netlist.v", cells.toString()),
                dir, TIMEOUT, dir.resolve("iverilog.log"));
        if (!c.ok()) throw new FlowException("iverilog failed on the netlist: " + Ice40Flow.firstError(c.output(), "") + " (log: " + c.log() + ")");
        ToolResult v = Tools.VVP.run(List.of("-n", "tb.vvp"), dir, TIMEOUT, dir.resolve("vvp.log"));
        if (!v.ok()) throw new FlowException("vvp failed: " + Ice40Flow.firstError(v.output(), "") + " (log: " + v.log() + ")");
        String trace = Files.readString(dir.resolve("trace.txt")).trim();
        if (trace.length() != stimulus.length) throw new FlowException("gate-level trace has " + trace.length() + " cycles, expected " + stimulus.length);
        boolean[] out = new boolean[trace.length()];
        for (int i = 0; i < out.length; i++) {
            char ch = trace.charAt(i);
            if (ch != '0' && ch != '1') throw new FlowException("gate-level " + output + " is '" + ch + "' at cycle " + i + " (not 0 or 1)");
            out[i] = ch == '1';
        }
        return out;
    }

    /** The same run on the RTL in Verilator. */
    public static boolean[] rtlTrace(Design d, String clock, String input, String output, boolean[] stimulus) {
        BuildRequest r = BuildRequest.of(d);
        BuildRequest withClock = new BuildRequest(r.sources(), r.top(), r.ports(), List.of(clock), r.trace());
        boolean[] out = new boolean[stimulus.length];
        try (VerilatorSim sim = VerilatorSim.open(withClock, SimOptions.defaults().withResets(List.of()))) {
            Port in = sim.handle(input), o = sim.handle(output);
            for (int i = 0; i < stimulus.length; i++) {
                in.poke(stimulus[i] ? 1 : 0);
                sim.step();
                out[i] = o.peek() == 1;
            }
        }
        return out;
    }

    static String testbench(String top, String clock, String input, String output, int cycles) {
        return """
                `timescale 1ps / 1ps
                module tb;
                  reg %2$s = 1'b0;
                  reg %3$s = 1'b1;
                  wire %4$s;
                  reg stim [0:%5$d];
                  integer i, f;
                  %1$s dut (.%2$s(%2$s), .%3$s(%3$s), .%4$s(%4$s));
                  initial begin
                    $readmemb("stimulus.mem", stim);
                    f = $fopen("trace.txt", "w");
                    for (i = 0; i < %6$d; i = i + 1) begin
                      %3$s = stim[i];
                      #5000 %2$s = 1'b1;
                      #1000 $fwrite(f, "%%b", %4$s);
                      #4000 %2$s = 1'b0;
                    end
                    $fclose(f);
                    $finish;
                  end
                endmodule
                """.formatted(top, clock, input, output, cycles - 1, cycles);
    }

    /** Yosys's iCE40 simulation models: {@code yosys-config --datdir}/ice40/cells_sim.v, or beside the yosys binary. */
    public static Path cellModels() throws IOException {
        ExternalTool config = new ExternalTool("yosys-config", "yosys-dev", List.of("--datdir"));
        Path dat = null;
        if (config.isInstalled()) {
            Path log = Files.createTempFile("accelforge-yosys-config", ".log");
            ToolResult r = config.run(List.of("--datdir"), null, Duration.ofSeconds(20), log);
            Files.deleteIfExists(log);
            if (r.ok()) dat = Path.of(r.output().trim());
        }
        if (dat == null) dat = Tools.YOSYS.find().toRealPath().getParent().getParent().resolve("share/yosys");
        Path cells = dat.resolve("ice40/cells_sim.v");
        if (!Files.isRegularFile(cells)) throw new FlowException("Yosys's iCE40 cell models are not at " + cells + "; reinstall yosys (sudo apt-get install -y yosys)");
        return cells;
    }
}
