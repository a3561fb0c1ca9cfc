package io.accelforge.cli;

import io.accelforge.sim.build.ModelBuilder;
import io.accelforge.sim.fuzz.BatchRunner;
import io.accelforge.sim.fuzz.DifferentialFuzzer;
import io.accelforge.sim.fuzz.Outcome;
import io.accelforge.sim.fuzz.Reproducer;
import io.accelforge.sim.fuzz.Shrinker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge fuzz: random circuits, each run in the interpreter and in Verilator, compared every cycle. */
final class FuzzCommand implements Command {
    @Override public String name() { return "fuzz"; }
    @Override public String summary() { return "differential fuzzing: random circuits in the interpreter and in Verilator, compared every cycle"; }
    @Override public String usage() { return "forge fuzz --circuits N [--seed S] [--cycles C] [--batch B] [--shrink K] [--out DIR]"; }
    @Override public String description() {
        return "Generates N random circuits from seed S (every operator, when/switch with partial assignments, registers, "
                + "memories, sub-circuit instances), packs B of them into one top module per Verilator build, drives the "
                + "interpreter and the Verilator model with the same random and edge-value inputs and resets for C cycles, "
                + "and compares every output every cycle. Each failure is shrunk (the first K) and printed as a Java class "
                + "that rebuilds it, its Verilog, and the inputs of the first difference. Exit code 1 on any failure.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("circuits").hasArg().argName("N").desc("how many circuits").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("the seed (default 1); circuit i of seed S is always the same").get());
        o.addOption(Option.builder().longOpt("cycles").hasArg().argName("C").desc("cycles per circuit (default 100)").get());
        o.addOption(Option.builder().longOpt("batch").hasArg().argName("B").desc("circuits per Verilator build (default 200)").get());
        o.addOption(Option.builder().longOpt("shrink").hasArg().argName("K").desc("failures to shrink and print (default 3)").get());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("also write each reproducer's Java, Verilog and report here").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        if (!cl.hasOption("circuits")) throw new UsageException("missing --circuits N");
        DifferentialFuzzer.Settings s;
        try {
            s = new DifferentialFuzzer.Settings(intOption(cl, "circuits", 0), longOption(cl, "seed", 1), intOption(cl, "cycles", 100),
                    intOption(cl, "batch", 200));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int shrink = intOption(cl, "shrink", 3);
        Path outDir = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : null;
        ModelBuilder builder = ModelBuilder.create(line -> { }).quickCompile();
        io.progress(String.format("fuzz: %,d circuits from seed %s, %d cycles each, %d per build", s.circuits(), Long.toUnsignedString(s.seed()),
                s.cycles(), s.batch()));
        DifferentialFuzzer.Summary sum = new DifferentialFuzzer(builder).run(s, p -> io.progress(String.format(
                "batch %d/%d: %,d circuits done, %d failing | build %.0f s, run %.0f s, total %.0f s | %.2f circuits/s",
                p.batch(), p.batches(), p.done(), p.failures(), p.buildSeconds(), p.runSeconds(), p.seconds(), p.done() / p.seconds())));
        for (DifferentialFuzzer.Failure f : sum.failures()) {
            io.out().println("FAILED circuit " + f.index() + " (" + f.fuzzCase().circuit().name() + "): " + describe(f));
        }
        int shown = 0;
        for (DifferentialFuzzer.Failure f : sum.failures()) {
            if (shown++ >= shrink) break;
            io.progress("shrinking circuit " + f.index() + " ...");
            BatchRunner runner = new BatchRunner(s.cycles(), f.resetSeed(), builder);
            Shrinker.Result r = new Shrinker(runner, line -> io.progress("  " + line)).shrink(f.fuzzCase(), f.outcome());
            Reproducer rep = Reproducer.of(s.seed(), f.index(), f.resetSeed(), r);
            print(io, rep);
            if (outDir != null) write(outDir.resolve("circuit-" + f.index()), rep, io);
        }
        io.out().printf("fuzz: %,d circuits, %,d cycles, %d failing (%d mismatches), %.1f s, %.2f circuits/s (builds %.1f s, simulation %.1f s)%n",
                sum.circuits(), sum.cycles(), sum.failures().size(),
                sum.failures().stream().filter(f -> f.outcome() instanceof Outcome.Mismatch).count(),
                sum.seconds(), sum.circuitsPerSecond(), sum.buildSeconds(), sum.runSeconds());
        return sum.failures().isEmpty() ? Exit.OK : Exit.FAILED;
    }

    private static String describe(DifferentialFuzzer.Failure f) {
        return switch (f.outcome()) {
            case Outcome.Mismatch m -> "output " + m.port() + " differs at cycle " + m.cycle() + ": interpreter "
                    + m.expected() + ", Verilator " + m.actual();
            case Outcome.Crash c -> c.stage() + " fails: " + c.message().lines().findFirst().orElse("");
            case Outcome.Pass p -> "passes";
        };
    }

    private static void print(Console io, Reproducer rep) {
        io.out().println("==== reproducer " + rep.className() + " ====");
        io.out().print(rep.report());
        io.out().println("---- " + rep.className() + ".java ----");
        io.out().print(rep.java());
        for (Map.Entry<String, String> e : rep.verilog().entrySet()) {
            io.out().println("---- " + e.getKey() + ".v ----");
            io.out().print(e.getValue());
        }
    }

    private static void write(Path dir, Reproducer rep, Console io) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(rep.className() + ".java"), rep.java());
        Files.writeString(dir.resolve("report.txt"), rep.report());
        for (Map.Entry<String, String> e : rep.verilog().entrySet()) Files.writeString(dir.resolve(e.getKey() + ".v"), e.getValue());
        io.progress("wrote " + dir);
    }

    private static int intOption(CommandLine cl, String opt, int dflt) throws UsageException {
        long v = longOption(cl, opt, dflt);
        if (v < 0 || v > Integer.MAX_VALUE) throw new UsageException("--" + opt + " must be 0.." + Integer.MAX_VALUE + ", got " + v);
        return (int) v;
    }

    private static long longOption(CommandLine cl, String opt, long dflt) throws UsageException {
        String v = cl.getOptionValue(opt);
        if (v == null) return dflt;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + opt + " '" + v + "' is not a whole number");
        }
    }
}
