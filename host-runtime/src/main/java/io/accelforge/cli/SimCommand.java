package io.accelforge.cli;

import io.accelforge.sim.ClockSpec;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.BuildRequest;
import io.accelforge.sim.csv.CsvRun;
import io.accelforge.sim.csv.Stimulus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge sim: run any Verilog (ours, Chisel's, SpinalHDL's, hand-written) in Verilator from a CSV stimulus. */
final class SimCommand implements Command {
    @Override public String name() { return "sim"; }
    @Override public String summary() { return "simulate Verilog files in Verilator with a CSV stimulus, writing a CSV trace"; }
    @Override public String usage() {
        return "forge sim --verilog a.v [b.v ...] --top T --cycles N [--stimulus in.csv] [--out out.csv] [--vcd w.vcd|w.fst]";
    }
    @Override public String description() {
        return "Builds the design with Verilator (cached), then for each cycle applies that row of the stimulus to the inputs, "
                + "takes one clock edge and records every port. Stimulus CSV: a header of input port names (optionally a first "
                + "'cycle' column), one row per cycle, empty cells keep the previous value, decimal/0x/0b values. Output CSV: "
                + "'cycle' and every port after that cycle's edge. The clock is the input named clk or clock unless --clock says.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("verilog").hasArgs().argName("FILE").desc("Verilog sources").get());
        o.addOption(Option.builder().longOpt("top").hasArg().argName("MODULE").desc("top module").get());
        o.addOption(Option.builder().longOpt("cycles").hasArg().argName("N").desc("clock cycles to run").get());
        o.addOption(Option.builder().longOpt("stimulus").hasArg().argName("CSV").desc("input values per cycle").get());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("CSV").desc("where the port values per cycle go").get());
        o.addOption(Option.builder().longOpt("vcd").hasArg().argName("FILE").desc("waveform (.vcd, or .fst for FST)").get());
        o.addOption(Option.builder().longOpt("clock").hasArg().argName("NAME[:PERIOD[:PHASE]]").desc("a clock input (repeatable; the first is the reference)").get());
        o.addOption(Option.builder().longOpt("reset").hasArg().argName("NAME").desc("a reset input held high for --reset-cycles first (repeatable)").get());
        o.addOption(Option.builder().longOpt("reset-cycles").hasArg().argName("N").desc("cycles of reset (default 1)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("N").desc("random initial state from this seed (default: zeros)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        String[] files = cl.getOptionValues("verilog");
        if (files == null || files.length == 0) throw new UsageException("missing --verilog FILE...");
        String top = required(cl, "top");
        long cycles = number(cl, "cycles", -1);
        if (cycles < 0) throw new UsageException("missing --cycles N");
        List<Path> paths = new ArrayList<>();
        for (String f : files) paths.add(Path.of(f));
        List<ClockSpec> clocks = new ArrayList<>();
        for (String c : valuesOf(cl, "clock")) clocks.add(clockSpec(c));
        BuildRequest req = BuildRequest.ofFiles(paths, top, clocks.isEmpty() ? null : clocks.stream().map(ClockSpec::port).toList());

        SimOptions opts = SimOptions.defaults().withResets(valuesOf(cl, "reset"));
        if (cl.hasOption("seed")) opts = opts.withRandomInit(number(cl, "seed", 0));
        if (cl.hasOption("vcd")) opts = opts.withWaveform(SimOptions.Waveform.of(Path.of(cl.getOptionValue("vcd"))));
        if (!clocks.isEmpty()) opts = opts.withClocks(clocks);
        long t0 = System.nanoTime();
        VerilatorSim sim = VerilatorSim.open(req, opts);
        List<String> clockNames = sim.built().clocks();
        try (VerilatorSim s = sim) {
            Stimulus stim = cl.hasOption("stimulus") ? Stimulus.read(Path.of(cl.getOptionValue("stimulus")), s.ports()) : null;
            int resetCycles = (int) number(cl, "reset-cycles", 1);
            if (!opts.resets().isEmpty()) s.reset(resetCycles);
            long t1 = System.nanoTime();
            Path out = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : null;
            CsvRun.run(s, stim, cycles, out);
            double secs = (System.nanoTime() - t1) / 1e9;
            io.out().printf("simulated %s for %,d cycles in %.3f s (build/load %.1f s)%s%s%n", top, cycles, secs, (t1 - t0) / 1e9,
                    clockNames.isEmpty() ? ", no clock" : ", clock " + String.join(", ", clockNames), out == null ? "" : "; wrote " + out);
        }
        return Exit.OK;
    }

    private static List<String> valuesOf(CommandLine cl, String opt) {
        String[] v = cl.getOptionValues(opt);
        return v == null ? List.of() : List.of(v);
    }

    private static String required(CommandLine cl, String opt) throws UsageException {
        String v = cl.getOptionValue(opt);
        if (v == null || v.isBlank()) throw new UsageException("missing --" + opt);
        return v;
    }

    private static long number(CommandLine cl, String opt, long dflt) throws UsageException {
        String v = cl.getOptionValue(opt);
        if (v == null) return dflt;
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) throw new UsageException("--" + opt + " must be >= 0, got " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + opt + " '" + v + "' is not a whole number");
        }
    }

    private static ClockSpec clockSpec(String s) throws UsageException {
        String[] p = s.split(":");
        try {
            long period = p.length > 1 ? Long.parseLong(p[1]) : 2;
            long phase = p.length > 2 ? Long.parseLong(p[2]) : 0;
            return new ClockSpec(p[0], period, phase);
        } catch (NumberFormatException e) {
            throw new UsageException("--clock '" + s + "' is not NAME[:PERIOD[:PHASE]] with whole numbers");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
