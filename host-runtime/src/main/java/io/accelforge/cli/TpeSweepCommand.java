package io.accelforge.cli;

import io.accelforge.rtl.util.NearestNames;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.report.ArrayMeasurer;
import io.accelforge.tpe.report.ArrayPoint;
import io.accelforge.tpe.report.ReportFiles;
import io.accelforge.tpe.report.Sweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge tpe sweep: architecture x dimensions x precision x PE kind through the PPA flow, with the Pareto front. */
final class TpeSweepCommand implements Command {
    @Override public String name() { return "sweep"; }
    @Override public String summary() { return "design-space sweep with a Pareto chart (area against throughput)"; }
    @Override public String usage() { return "forge tpe sweep [--arch a,b] [--dims 4x4,8x8] [--precision int4,int8] [--pe plain,opt1] [--timeout MIN] [-o DIR]"; }
    @Override public String description() {
        return "Every combination of --arch (systolic-os, systolic-ws, systolic-is, cube, mac-tree, matrix-2d; default systolic-os,cube), "
                + "--dims (RxC; the cube also XxYxZ, AxB meaning x=A, y=B, z=A; default 4x4,8x8), --precision (int4, int8, int16; default int8) "
                + "and --pe (plain, opt1, opt2; default plain,opt1), measured with a progress bar on standard error, into DIR/sweep.{csv,json,html} "
                + "(default out/tpe-sweep; the page plots area against GOPS with the Pareto front). An unknown value is a usage error naming the "
                + "allowed ones; a combination the generators do not build (opt2 on a systolic array, opt1 on the tree, a shape out of range) is "
                + "skipped with a note and the sweep goes on. An array the flow fails on (a tool error, or a tool running past --timeout minutes, "
                + "default 120) is reported as not measured, the others still run, the files are written and the exit code is 1.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/tpe-sweep)").get());
        o.addOption(TpeReportOptions.timeout());
        o.addOption(Option.builder().longOpt("arch").hasArg().argName("a,b").desc("architectures (default systolic-os,cube)").get());
        o.addOption(Option.builder().longOpt("dims").hasArg().argName("RxC,...").desc("shapes (default 4x4,8x8)").get());
        o.addOption(Option.builder().longOpt("precision").hasArg().argName("p,q").desc("int4, int8, int16 (default int8)").get());
        o.addOption(Option.builder().longOpt("pe").hasArg().argName("k,l").desc("plain, opt1, opt2 (default plain,opt1)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        TpeReportOptions.noArguments(cl);
        return sweep(grid(cl), Path.of(cl.getOptionValue("out", "out/tpe-sweep")), TpeReportOptions.measurer(cl, io), io);
    }

    static int sweep(Sweep.Grid g, Path dir, ArrayMeasurer m, Console io) throws Exception {
        long t0 = System.nanoTime();
        Sweep s = Sweep.run(g, m, io::progress);
        long front = s.rows().stream().filter(Sweep.Row::pareto).count();
        io.out().printf("%d arrays measured, %d on the Pareto front, %d combinations skipped%n", s.rows().size(), front, s.skipped().size());
        for (Path f : ReportFiles.write(s, dir)) io.out().println("wrote " + f);
        io.out().printf(Locale.ROOT, "sweep took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return TpeReportOptions.notMeasured(s.skipped().stream().filter(l -> l.startsWith("not measured ")).toList(), io);
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

}
