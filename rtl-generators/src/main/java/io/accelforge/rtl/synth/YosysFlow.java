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
 * Synthesis with Yosys: one script for every design, filled in with the design's files and
 * top, the liberty file and abc's delay target (the target period, else the default timing
 * period). abc gets a driving cell and an output load ({@code -constr}), which makes it
 * buffer high-fanout nets and size gates: without that, an array's broadcast enable or
 * synchronous reset would be one gate driving hundreds of inputs and dominate the timing.
 * Reports go to their own files with {@code tee -o}, so each is read alone.
 */
final class YosysFlow {
    private YosysFlow() {}

    static final String SCRIPT = """
            # AccelForge PPA synthesis: the same script for every design; only the placeholders differ.
            {read}
            hierarchy -check -top {top}
            synth -flatten -top {top}
            # the generic netlist, before mapping: cell count, transistor estimate and logic depth
            tee -q -o generic_stat.txt stat -tech cmos
            tee -q -o generic_ltp.txt ltp -noff
            # flip-flops, then the logic, onto liberty cells; the target period is abc's -D in ps ({D}),
            # the driving cell and output load come from the constraint file. The script is abc's own
            # for a liberty, then buffering (flip-flop outputs too) and gate sizing, as later Yosys
            # versions do: unbuffered, one register driving a wide enable or a broadcast sets the clock
            dfflibmap -liberty "{liberty}"
            abc -liberty "{liberty}" -D {period_ps} -constr "{constr}" -script +strash;&get,-n;&fraig,-x;&put;scorr;dc2;dretime;strash;&get,-n;&dch,-f;&nf,{D};&put;buffer,-p;upsize,{D};dnsize,{D}
            opt_clean
            tee -q -o cell_stat.txt stat -liberty "{liberty}"
            # one net per bit and no leftover named aliases, so no assign has a concatenation on its
            # left (as for an output with constant bits), which OpenSTA's Verilog reader rejects
            splitnets -ports
            opt_clean -purge
            write_verilog -noattr netlist.v
            """;

    static final String CONSTR_FILE = "abc.constr";

    /** What abc assumes around the logic: inputs driven by the smallest buffer, outputs loading about four gate inputs (pF). */
    static final String CONSTR = """
            set_driving_cell sg13g2_buf_1
            set_load 0.01
            """;

    static String script(DesignSources src, Path srcDir, Liberty lib, Double targetPeriodNs) {
        StringBuilder read = new StringBuilder();
        for (String f : src.hdlFiles()) {
            if (!read.isEmpty()) read.append('\n');
            read.append("read_verilog ").append(f.endsWith(".sv") ? "-sv " : "").append('"').append(srcDir.resolve(f)).append('"');
        }
        double period = targetPeriodNs == null ? PpaFlow.DEFAULT_PERIOD_NS : targetPeriodNs;
        String ps = BigDecimal.valueOf(period * 1000).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        return SCRIPT.replace("{read}", read).replace("{top}", src.top()).replace("{liberty}", lib.path().toString())
                .replace("{period_ps}", ps).replace("{constr}", CONSTR_FILE);
    }

    /** Runs the script in {@code work} (sources under {@code work/src}); the mapped netlist is {@code work/netlist.v}. */
    static Synthesis run(DesignSources src, Liberty lib, Double targetPeriodNs, Path work, Duration timeout) throws IOException {
        Files.writeString(work.resolve(CONSTR_FILE), CONSTR);
        Path script = work.resolve("synth.ys");
        Files.writeString(script, script(src, Path.of("src"), lib, targetPeriodNs));
        Path log = work.resolve("yosys.log");
        ToolResult r = ExternalTool.YOSYS.run(List.of("-s", script.getFileName().toString()), work, timeout, log);
        if (!r.ok()) {
            String why = r.output().lines().filter(l -> l.contains("ERROR:")).findFirst().map(String::trim).orElse("exit code " + r.exitCode());
            throw new ToolException("yosys failed on " + src.top() + ": " + why + "; log: " + log);
        }
        YosysReports.Stat generic = YosysReports.stat(read(work, "generic_stat.txt", log), work.resolve("generic_stat.txt").toString());
        int depth = YosysReports.longestPath(read(work, "generic_ltp.txt", log), work.resolve("generic_ltp.txt").toString());
        YosysReports.Stat mapped = YosysReports.stat(read(work, "cell_stat.txt", log), work.resolve("cell_stat.txt").toString());
        if (generic.transistors() == null) throw new PpaException("no transistor estimate in " + work.resolve("generic_stat.txt"));
        if (mapped.areaUm2() == null && mapped.cells() > 0) throw new PpaException("no 'Chip area' line in " + work.resolve("cell_stat.txt"));
        Path netlist = work.resolve("netlist.v");
        if (!Files.isRegularFile(netlist)) throw new PpaException("yosys wrote no netlist " + netlist + "; log: " + log);
        return new Synthesis(mapped.areaUm2() == null ? 0 : mapped.areaUm2(), mapped.cells(), generic.cells(), generic.flipFlops(),
                generic.transistors(), generic.transistorsLowerBound(), depth, netlist, r.elapsed().toNanos() / 1e9);
    }

    private static String read(Path work, String name, Path log) throws IOException {
        Path f = work.resolve(name);
        if (!Files.isRegularFile(f)) throw new PpaException("yosys wrote no " + f + "; log: " + log);
        return Files.readString(f);
    }
}
