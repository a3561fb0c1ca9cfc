package io.accelforge.rtl.synth;

import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolException;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Timing and power with OpenSTA on the mapped netlist. Every clock port gets the one period
 * (clocks of different ports are asynchronous to each other); inputs arrive at the first
 * clock's edge and outputs are due at the next, so the design is timed as a block between
 * registers. A design without clock ports is timed the same way against a virtual clock.
 * Ideal clocks, no output load, and the liberty's own default wire-load model (the script
 * sets none; for SG13G2 typ that is "1k", about 27% slower than "Zero" on the INT8 MAC).
 */
final class StaFlow {
    private StaFlow() {}

    static final String SCRIPT = """
            # AccelForge PPA timing and power: the same script for every design; only the placeholders differ.
            read_liberty {liberty}
            read_verilog netlist.v
            link_design {top}
            {constraints}
            report_checks -path_delay max -digits 4 > timing.txt
            set_power_activity -global -activity {activity} -duty {duty}
            report_power -digits 6 > power.txt
            """;

    static String script(DesignSources src, Liberty lib, double periodNs) {
        return SCRIPT.replace("{liberty}", "{" + lib.path() + "}").replace("{top}", src.top())
                .replace("{constraints}", constraints(src.clocks(), periodNs))
                .replace("{activity}", number(PpaFlow.ACTIVITY)).replace("{duty}", number(PpaFlow.DUTY));
    }

    static String constraints(List<String> clocks, double periodNs) {
        String p = number(periodNs);
        StringBuilder sb = new StringBuilder();
        if (clocks.isEmpty()) {
            String v = PpaFlow.VIRTUAL_CLOCK;
            sb.append("create_clock -name ").append(v).append(" -period ").append(p).append('\n');
            sb.append("set_input_delay 0 -clock ").append(v).append(" [all_inputs]\n");
            sb.append("set_output_delay 0 -clock ").append(v).append(" [all_outputs]");
            return sb.toString();
        }
        for (String c : clocks) sb.append("create_clock -name ").append(c).append(" -period ").append(p).append(" [get_ports {").append(c).append("}]\n");
        if (clocks.size() > 1) {
            sb.append("set_clock_groups -asynchronous");
            for (String c : clocks) sb.append(" -group {").append(c).append('}');
            sb.append('\n');
        }
        String io = clocks.getFirst();
        sb.append("set_input_delay 0 -clock ").append(io).append(" [delete_from_list [all_inputs] [get_ports {")
                .append(String.join(" ", clocks)).append("}]]\n");
        sb.append("set_output_delay 0 -clock ").append(io).append(" [all_outputs]");
        return sb.toString();
    }

    /** Runs OpenSTA in {@code work} on {@code work/netlist.v}. */
    static Timing run(DesignSources src, Liberty lib, double periodNs, Path work, Duration timeout) throws IOException {
        Path script = work.resolve("sta.tcl");
        Files.writeString(script, script(src, lib, periodNs));
        Path log = work.resolve("sta.log");
        ToolResult r = ExternalTool.STA.run(List.of("-no_init", "-no_splash", "-exit", script.getFileName().toString()), work, timeout, log);
        // OpenSTA carries on after a failed command and exits 0, so its output is the verdict
        String problem = r.output().lines().filter(l -> l.startsWith("Error") || l.contains("Creating black box")).findFirst().orElse(null);
        if (!r.ok() || problem != null) {
            throw new ToolException("sta failed on " + src.top() + ": " + (problem == null ? "exit code " + r.exitCode() : problem.trim()) + "; log: " + log);
        }
        Path timing = work.resolve("timing.txt"), power = work.resolve("power.txt");
        for (Path f : List.of(timing, power)) if (!Files.isRegularFile(f)) throw new PpaException("sta wrote no " + f + "; log: " + log);
        TimingPath worst = StaReports.worst(StaReports.paths(Files.readString(timing), timing.toString())).orElse(null);
        return new Timing(worst, StaReports.power(Files.readString(power), power.toString()), r.elapsed().toNanos() / 1e9);
    }

    static String number(double x) { return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString(); }
}
