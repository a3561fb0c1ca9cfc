package io.accelforge.fpga.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Device;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The open iCE40 flow: preflight, {@code yosys synth_ice40} (with {@code -dsp} on parts with
 * DSP blocks), a fit check on the synthesised cells, {@code nextpnr-ice40} with the target
 * frequency and seed, {@code icepack}, and the report. A timing miss stops the build before
 * icepack (no bitstream) unless timing failures are allowed. Same inputs, same bitstream.
 *
 * <p>Files in the output directory: {@code src/} (the Verilog), {@code top.pcf},
 * {@code top.json} (netlist), {@code top.asc}, {@code top.bin}, {@code nextpnr.json},
 * {@code report.json}, and a log per tool.
 */
public final class Ice40Flow {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private Ice40Flow() {}

    /** Runs the flow; returns the report (also written to report.json). */
    public static FlowReport run(Board b, FlowDesign fd, FlowOptions o) throws IOException {
        Boards boards = Boards.builtIn();
        Device d = boards.deviceOf(b);
        List<String> problems = Preflight.problems(b, d, fd, o.targetMhz());
        if (!problems.isEmpty()) {
            throw new FlowException("preflight found " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " (no tool was run):\n  "
                    + String.join("\n  ", problems));
        }
        Path out = o.outDir().toAbsolutePath();
        Path src = out.resolve("src");
        Files.createDirectories(src);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : fd.sources().entrySet()) {
            Files.writeString(src.resolve(e.getKey()), e.getValue());
            if (e.getKey().endsWith(".v") || e.getKey().endsWith(".sv")) files.add("src/" + e.getKey());
        }
        Files.writeString(out.resolve("top.pcf"), fd.pcf().text());
        Map<String, Double> stages = new LinkedHashMap<>();

        // synthesis
        StringBuilder ys = new StringBuilder();
        for (String f : files) ys.append("read_verilog ").append(f).append("; ");
        String multipliers = multipliers(d, fd);
        ys.append("synth_ice40 ").append(multipliers.equals(IN_DSP) ? "-dsp " : "").append("-top ").append(fd.top()).append(" -json top.json; ");
        ys.append("tee -q -o synth_stat.txt stat");
        ToolResult y = run(Tools.YOSYS, List.of("-q", "-p", ys.toString()), out, "yosys.log");
        stages.put("yosys", seconds(y));
        if (!y.ok()) throw new FlowException("yosys failed: " + firstError(y.output(), "ERROR") + " (log: " + y.log() + ")");
        checkFit(YosysStat.cells(Files.readString(out.resolve("synth_stat.txt"))), d);

        // place and route
        List<String> pnr = new ArrayList<>(List.of("--" + d.name(), "--package", b.packageName(), "--pcf", "top.pcf", "--json", "top.json",
                "--asc", "top.asc", "--report", "nextpnr.json", "--freq", String.format(Locale.ROOT, "%.3f", o.targetMhz()),
                "--seed", Long.toString(o.seed()), "-q"));
        if (o.allowTimingFail()) pnr.add("--timing-allow-fail");
        Files.deleteIfExists(out.resolve("top.asc"));
        Files.deleteIfExists(out.resolve("top.bin"));
        ToolResult n = run(Tools.NEXTPNR_ICE40, pnr, out, "nextpnr.log");
        stages.put("nextpnr", seconds(n));
        Path reportJson = out.resolve("nextpnr.json");
        if (!n.ok() && !(n.exitCode() == 1 && Files.exists(reportJson))) {
            throw new FlowException("nextpnr-ice40 failed (exit " + n.exitCode() + "): " + firstError(n.output(), "ERROR") + " (log: " + n.log() + ")");
        }
        JsonNode rep = NextpnrReport.read(reportJson);
        FlowReport.Timing timing = NextpnrReport.timing(rep);
        boolean met = timing.clocks().stream().allMatch(c -> c.fmaxMhz() >= c.targetMhz());
        if (!n.ok() && met) throw new FlowException("nextpnr-ice40 failed (exit " + n.exitCode() + "): " + firstError(n.output(), "ERROR") + " (log: " + n.log() + ")");

        // bitstream
        FlowReport.BitstreamInfo bits = null;
        if (met || o.allowTimingFail()) {
            ToolResult p = run(Tools.ICEPACK, List.of("top.asc", "top.bin"), out, "icepack.log");
            stages.put("icepack", seconds(p));
            if (!p.ok()) throw new FlowException("icepack failed: " + firstError(p.output(), "") + " (log: " + p.log() + ")");
            Bitstream bs = Bitstream.check(out.resolve("top.bin"), d, boardsDevices(boards));
            bits = new FlowReport.BitstreamInfo(out.relativize(bs.file()).toString(), bs.bytes(), bs.sha256());
        }
        Map<String, String> tools = new LinkedHashMap<>();
        for (ExternalTool t : List.of(Tools.YOSYS, Tools.NEXTPNR_ICE40, Tools.ICEPACK)) tools.put(t.name(), Tools.version(t));
        Map<String, FlowReport.Use> use = new java.util.TreeMap<>(NextpnrReport.utilisation(rep));
        // nextpnr counts the IOs of the die; the package bonds out fewer
        FlowReport.Use io = use.get("SB_IO");
        int pkgIos = d.sites(b.packageName()).size();
        if (io != null && pkgIos > 0) use.put("SB_IO", new FlowReport.Use(io.used(), pkgIos, NextpnrReport.round(100.0 * io.used() / pkgIos)));
        FlowReport r = new FlowReport(b.name(), d.name(), b.packageName(), fd.top(), fd.description(), o.seed(), o.targetMhz(), fd.pllPrimitive(),
                multipliers,                 timing, met, use, tools, stages, bits);
        Files.writeString(out.resolve("report.json"), r.toJson());
        return r;
    }

    static final String IN_DSP = "DSP blocks";

    /**
     * Where the design's multipliers go: DSP blocks, or logic when the device has none or too few
     * for all of them (yosys maps either every multiplier to a DSP block or none, so a design with
     * more multipliers than DSP blocks would not place).
     */
    static String multipliers(Device d, FlowDesign fd) {
        if (!d.dsp()) return "logic (" + d.name() + " has no DSP blocks)";
        ResourceEstimate est = fd.estimate();
        int have = d.available("DSP");
        if (est == null || est.dsp() <= have) return IN_DSP;
        return "logic (" + est.multipliers() + " multipliers need an estimated " + est.dsp() + " DSP blocks, " + d.name() + " has " + have + ")";
    }

    /** Fails when the synthesised cells cannot fit the device (before place and route). */
    static void checkFit(Map<String, Integer> cells, Device d) {
        List<String> over = new ArrayList<>();
        fit(over, "SB_LUT4", cells.getOrDefault("SB_LUT4", 0), d.available("LUT4"));
        fit(over, "SB_RAM40_4K", cells.getOrDefault("SB_RAM40_4K", 0), d.available("BRAM"));
        fit(over, "SB_MAC16", cells.getOrDefault("SB_MAC16", 0), d.available("DSP"));
        fit(over, "SB_SPRAM256KA", cells.getOrDefault("SB_SPRAM256KA", 0), d.available("SPRAM"));
        if (!over.isEmpty()) throw new FlowException("the design does not fit " + d.name() + ": " + String.join("; ", over));
    }

    private static void fit(List<String> over, String cell, int used, int available) {
        if (used > available) over.add(cell + " " + used + " of " + available + " (" + (used - available) + " over)");
    }

    private static ToolResult run(ExternalTool t, List<String> args, Path dir, String log) { return t.run(args, dir, TIMEOUT, dir.resolve(log)); }

    private static double seconds(ToolResult r) { return Math.round(r.elapsed().toMillis() / 100.0) / 10.0; }

    static String firstError(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix) && !l.isBlank()).findFirst().orElse("see the log").trim();
    }

    private static List<Device> boardsDevices(Boards boards) {
        List<Device> all = new ArrayList<>();
        for (String n : List.of("up5k", "hx1k", "hx8k")) all.add(boards.device(n));
        return all;
    }

    /** The failed clocks as one line, e.g. "clock clk: 36.19 MHz < 48.00 MHz target, slack -7.462 ns". */
    public static String timingFailure(FlowReport r) {
        List<String> parts = new ArrayList<>();
        for (FlowReport.Clock c : r.timing().clocks()) {
            if (c.fmaxMhz() < c.targetMhz()) {
                parts.add(String.format(Locale.ROOT, "clock %s: %.2f MHz < %.2f MHz target, slack %.3f ns", c.name(), c.fmaxMhz(), c.targetMhz(), c.slackNs()));
            }
        }
        return String.join("; ", parts);
    }
}
