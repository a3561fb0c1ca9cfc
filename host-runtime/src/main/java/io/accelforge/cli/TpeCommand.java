package io.accelforge.cli;

import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.rtl.util.NearestNames;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.report.ArrayMeasurer;
import io.accelforge.tpe.report.ArrayPoint;
import io.accelforge.tpe.report.Comparison;
import io.accelforge.tpe.report.PeComparison;
import io.accelforge.tpe.report.ReportFiles;
import io.accelforge.tpe.report.Sweep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge tpe: tensor-engine reports (compare, sweep). */
final class TpeCommand implements Command {
    static final List<String> SUBCOMMANDS = List.of("compare", "sweep");
    static final Set<String> COMPARE_OPTIONS = Set.of("out", "timeout");
    static final Set<String> SWEEP_OPTIONS = Set.of("out", "timeout", "arch", "dims", "precision", "pe");

    @Override public String name() { return "tpe"; }
    @Override public String summary() { return "tensor engines: 'tpe compare' (optimised vs plain PEs, against the paper), 'tpe sweep' (design space, Pareto front)"; }
    @Override public String usage() {
        return "forge tpe compare [--timeout MIN] [-o DIR]  |  forge tpe sweep [--arch a,b] [--dims 4x4,8x8] [--precision int4,int8] [--pe plain,opt1] [--timeout MIN] [-o DIR]";
    }
    @Override public String description() {
        return "compare: measures each architecture's array with plain and with optimised PEs at matched configurations (INT8 signed; "
                + "systolic OS and WS 16x16, Cube 8x8x8, tree K=16 x N=16 with 2 pipeline stages per tile for both kinds, 2D-Matrix 16x16) through "
                + "the PPA flow (Yosys + ABC + OpenSTA, IHP SG13G2; cached by design hash) and writes DIR/compare.{json,csv,html} (default "
                + "out/tpe-compare): area, Fmax, GOPS = 2 x MACs/cycle x Fmax, GOPS/mm2, energy per MAC (power at the flow's default activity / MACs/s), "
                + "and the optimised/plain ratios beside the paper's (systolic 1.27x, Cube 1.28x, tree 1.56x, 2D-Matrix 1.44x) with the goal "
                + "(>= 1.25x systolic and Cube, >= 1.5x tree) met or missed by how much. A 16x16 array takes minutes the first time. "
                + "sweep: every combination of --arch (systolic-os, systolic-ws, systolic-is, cube, mac-tree, matrix-2d; default systolic-os,cube), "
                + "--dims (RxC; the cube also XxYxZ, AxB meaning x=A, y=B, z=A; default 4x4,8x8), --precision (int4, int8, int16; default int8) "
                + "and --pe (plain, opt1, opt2; default plain,opt1), measured with a progress bar on standard error, into DIR/sweep.{csv,json,html} "
                + "(default out/tpe-sweep; the page plots area against GOPS with the Pareto front). An unknown value is a usage error naming the "
                + "allowed ones; a combination the generators do not build (opt2 on a systolic array, opt1 on the tree, a shape out of range) is "
                + "skipped with a note and the sweep goes on. An array the flow fails on (a tool error, or a tool running past --timeout minutes, "
                + "default 120) is reported as not measured, the others still run, the files are written and the exit code is 1.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/tpe-compare, out/tpe-sweep)").get());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("MIN").desc("limit per tool run in minutes (default 120)").get());
        o.addOption(Option.builder().longOpt("arch").hasArg().argName("a,b").desc("sweep: architectures (default systolic-os,cube)").get());
        o.addOption(Option.builder().longOpt("dims").hasArg().argName("RxC,...").desc("sweep: shapes (default 4x4,8x8)").get());
        o.addOption(Option.builder().longOpt("precision").hasArg().argName("p,q").desc("sweep: int4, int8, int16 (default int8)").get());
        o.addOption(Option.builder().longOpt("pe").hasArg().argName("k,l").desc("sweep: plain, opt1, opt2 (default plain,opt1)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        List<String> args = cl.getArgList();
        if (args.isEmpty()) throw new UsageException("missing the subcommand: " + String.join(", ", SUBCOMMANDS));
        String sub = args.getFirst();
        if (SUBCOMMANDS.contains(sub) && args.size() > 1) throw new UsageException("unexpected arguments " + args.subList(1, args.size()));
        return switch (sub) {
            case "compare" -> {
                only(cl, COMPARE_OPTIONS, sub);
                yield compare(Path.of(cl.getOptionValue("out", "out/tpe-compare")), measurer(cl, io), io);
            }
            case "sweep" -> {
                only(cl, SWEEP_OPTIONS, sub);
                yield sweep(grid(cl), Path.of(cl.getOptionValue("out", "out/tpe-sweep")), measurer(cl, io), io);
            }
            // a third subcommand ('run', TpeRunCommand) goes here
            default -> throw new UsageException("unknown subcommand '" + sub + "'" + NearestNames.suggestion(sub, SUBCOMMANDS));
        };
    }

    /** The PPA flow with progress lines indented under the design's, and --timeout minutes per tool (a 16x16 array on a busy machine passes 10). */
    private static ArrayMeasurer measurer(CommandLine cl, Console io) throws UsageException {
        String t = cl.getOptionValue("timeout", "120");
        long minutes;
        try {
            minutes = Long.parseLong(t);
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        if (minutes < 1) throw new UsageException("--timeout '" + t + "' is not a whole number of minutes >= 1");
        return ArrayMeasurer.ppa(PpaOptions.defaults().withToolTimeout(Duration.ofMinutes(minutes)).withProgress(line -> io.progress("  " + line)));
    }

    static int compare(Path dir, ArrayMeasurer m, Console io) throws Exception {
        long t0 = System.nanoTime();
        Comparison c = Comparison.run(Comparison.MATCHED, m, io::progress);
        io.out().printf("%-12s %-6s %-5s %12s %9s %8s %10s %8s%n", "architecture", "dims", "pe", "area um2", "Fmax MHz", "GOPS", "GOPS/mm2", "pJ/MAC");
        for (int i = 0; i < c.designs().size(); i++) {
            var r = c.designs().get(i);
            io.out().printf(Locale.ROOT, "%-12s %-6s %-5s %12.0f %9.1f %8.1f %10.1f %8.3f%n", r.architecture(), r.dims(), r.pe(), r.areaUm2(), r.fmaxMhz(),
                    r.gops(), r.gopsPerMm2(), r.energyPjPerMac());
        }
        io.out().println();
        for (PeComparison p : c.comparisons()) {
            io.out().printf(Locale.ROOT, "%-12s %s/%s: GOPS/mm2 %.2fx (paper %.2fx), energy eff. %.2fx (paper %.2fx): %s%n", p.architecture(), p.optimisedPe(),
                    p.plainPe(), p.gopsPerMm2Ratio(), p.paperAreaEff(), p.energyEffRatio(), p.paperEnergyEff(), p.verdict());
        }
        for (Path f : ReportFiles.write(c, dir)) io.out().println("wrote " + f);
        io.out().printf(Locale.ROOT, "compare took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return notMeasured(c.notMeasured(), io);
    }

    static int sweep(Sweep.Grid g, Path dir, ArrayMeasurer m, Console io) throws Exception {
        long t0 = System.nanoTime();
        Sweep s = Sweep.run(g, m, io::progress);
        long front = s.rows().stream().filter(Sweep.Row::pareto).count();
        io.out().printf("%d arrays measured, %d on the Pareto front, %d combinations skipped%n", s.rows().size(), front, s.skipped().size());
        for (Path f : ReportFiles.write(s, dir)) io.out().println("wrote " + f);
        io.out().printf(Locale.ROOT, "sweep took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return notMeasured(s.skipped().stream().filter(l -> l.startsWith("not measured ")).toList(), io);
    }

    /** Exit 1 with one error line per array the flow failed on; the files hold the rest. */
    private static int notMeasured(List<String> failures, Console io) {
        for (String f : failures) io.err().println("error: " + (f.startsWith("not measured ") ? f : "not measured " + f));
        return failures.isEmpty() ? Exit.OK : Exit.FAILED;
    }

    static Sweep.Grid grid(CommandLine cl) throws UsageException {
        List<String> archNames = ArrayPoint.ARCHITECTURES.stream().map(ArrayPoint::name).toList();
        List<Architecture> archs = list(cl, "arch", "systolic-os,cube", archNames, ArrayPoint::byName);
        List<List<Integer>> dims = new ArrayList<>();
        for (String d : split(cl.getOptionValue("dims", "4x4,8x8"), "dims")) dims.add(dims(d));
        List<Precision> precisions = list(cl, "precision", "int8", List.of("int4", "int8", "int16"), s -> Precision.valueOf(s.toUpperCase(Locale.ROOT)));
        List<PeKind> pes = list(cl, "pe", "plain,opt1", List.of("plain", "opt1", "opt2"), s -> PeKind.valueOf(s.toUpperCase(Locale.ROOT)));
        return new Sweep.Grid(archs, dims, precisions, pes);
    }

    private static <T> List<T> list(CommandLine cl, String option, String def, List<String> allowed, Function<String, T> parse) throws UsageException {
        List<T> out = new ArrayList<>();
        for (String v : split(cl.getOptionValue(option, def), option)) {
            if (!allowed.contains(v)) {
                throw new UsageException("--" + option + " '" + v + "' is not one of " + String.join(", ", allowed) + NearestNames.suggestion(v, allowed));
            }
            out.add(parse.apply(v));
        }
        return out;
    }

    private static List<String> split(String value, String option) throws UsageException {
        List<String> out = new ArrayList<>();
        for (String v : value.split(",", -1)) {
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) throw new UsageException("--" + option + " '" + value + "' has an empty item");
            if (!out.contains(t)) out.add(t);
        }
        return out;
    }

    private static List<Integer> dims(String d) throws UsageException {
        String[] parts = d.split("x", -1);
        List<Integer> out = new ArrayList<>();
        try {
            for (String p : parts) out.add(Integer.parseInt(p));
        } catch (NumberFormatException e) {
            out.clear();
        }
        if (out.size() < 2 || out.size() > 3 || out.stream().anyMatch(n -> n < 1)) {
            throw new UsageException("--dims '" + d + "' is not RxC or XxYxZ of positive numbers (e.g. 4x4, 8x8x8)");
        }
        return out;
    }

    private static void only(CommandLine cl, Set<String> allowed, String sub) throws UsageException {
        for (Option o : cl.getOptions()) {
            if (!allowed.contains(o.getLongOpt())) throw new UsageException("--" + o.getLongOpt() + " does not apply to 'forge tpe " + sub + "'");
        }
    }
}
