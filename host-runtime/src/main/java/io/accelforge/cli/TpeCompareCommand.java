package io.accelforge.cli;

import io.accelforge.tpe.report.ArrayMeasurer;
import io.accelforge.tpe.report.Comparison;
import io.accelforge.tpe.report.PeComparison;
import io.accelforge.tpe.report.ReportFiles;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge tpe compare: plain against optimised PEs at matched configurations, beside the paper's ratios. */
final class TpeCompareCommand implements Command {
    @Override public String name() { return "compare"; }
    @Override public String summary() { return "optimised vs plain PEs at matched configurations, against the paper"; }
    @Override public String usage() { return "forge tpe compare [--timeout MIN] [-o DIR]"; }
    @Override public String description() {
        return "Measures each architecture's array with plain and with optimised PEs at matched configurations (INT8 signed; "
                + "systolic OS and WS 16x16, Cube 8x8x8, tree K=16 x N=16 with 2 pipeline stages per tile for both kinds, 2D-Matrix 16x16) through "
                + "the PPA flow (Yosys + ABC + OpenSTA, IHP SG13G2; cached by design hash) and writes DIR/compare.{json,csv,html} (default "
                + "out/tpe-compare): area, Fmax, GOPS = 2 x MACs/cycle x Fmax, GOPS/mm2, energy per MAC (power at the flow's default activity / MACs/s), "
                + "and the optimised/plain ratios beside the paper's (systolic 1.27x, Cube 1.28x, tree 1.56x, 2D-Matrix 1.44x) with the goal "
                + "(>= 1.25x systolic and Cube, >= 1.5x tree) met or missed by how much. A 16x16 array takes minutes the first time.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/tpe-compare)").get());
        o.addOption(TpeReportOptions.timeout());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        TpeReportOptions.noArguments(cl);
        return compare(Path.of(cl.getOptionValue("out", "out/tpe-compare")), TpeReportOptions.measurer(cl, io), io);
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
        return TpeReportOptions.notMeasured(c.notMeasured(), io);
    }

}
