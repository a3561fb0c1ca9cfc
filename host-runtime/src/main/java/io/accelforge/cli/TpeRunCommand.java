package io.accelforge.cli;

import io.accelforge.rtl.gen.Registry;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.topology.ComputeReport;
import io.accelforge.tpe.topology.LayerRun;
import io.accelforge.tpe.topology.ReportDirectory;
import io.accelforge.tpe.topology.Topology;
import io.accelforge.tpe.topology.TopologyException;
import io.accelforge.tpe.topology.TopologyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge tpe run: a SCALE-Sim GEMM topology on a GEMM engine, SCALE-Sim's compute report and the engine's cycles (model, and RTL with --rtl). */
final class TpeRunCommand implements Command {
    static final String GENERATOR = "gemm-engine";

    @Override public String name() { return "run"; }
    @Override public String summary() { return "a SCALE-Sim GEMM topology on a GEMM engine: COMPUTE_REPORT.csv and the engine's cycles, model and RTL"; }
    @Override public String usage() { return "forge tpe run --topology layers.csv [--rtl] [--seed N] [--param name=value]... [-o DIR]"; }
    @Override public String description() {
        return "Reads a GEMM topology in SCALE-Sim v2's format (header 'Layer,M,N,K,', rows 'fc1,36,47,98,': C is M x N, A M x K, B K x N) and runs "
                + "every layer on the gemm-engine given by --param (as in 'forge generate gemm-engine'; default a 16x16 INT8 output-stationary engine). "
                + "Writes DIR/COMPUTE_REPORT.csv in SCALE-Sim's layout from the analytic model (Total Cycles: the array's compute cycles, folds summed, "
                + "reported as SCALE-Sim reports them, the last cycle's index from 0; Stall Cycles 0, no memory model; utilisation and mapping "
                + "efficiency as SCALE-Sim defines them) and DIR/ENGINE_REPORT.csv: the whole engine's cycles, compute plus operand loads, drain, "
                + "control, clears and reads (the engine cycle model), and with --rtl the engine's own cycle counter in Verilator for the same GEMM "
                + "on random operands (seeded by --seed, default 1, and the layer), each C checked against the golden GEMM. With --rtl a wrong C "
                + "or an RTL cycle count other than the model's exits 1 (the reports are still written, to show which layer). DIR defaults to "
                + "out/tpe-run.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("topology").hasArg().argName("FILE").desc("GEMM topology CSV (SCALE-Sim's Layer,M,N,K, format)").get());
        o.addOption(Option.builder().longOpt("rtl").desc("also run every layer on the engine's RTL in Verilator and compare").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("N").desc("seed of the random operands for --rtl (default 1)").get());
        o.addOption(Option.builder("p").longOpt("param").hasArg().argName("name=value").desc("gemm-engine parameter (repeatable; forge list shows them)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/tpe-run)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        List<String> args = cl.getArgList();
        if (args.size() > 1) throw new UsageException("unexpected arguments " + args.subList(1, args.size()));
        String file = cl.getOptionValue("topology");
        if (file == null) throw new UsageException("missing --topology FILE (a GEMM topology: header 'Layer,M,N,K,', rows such as 'fc1,36,47,98,')");
        Path topologyFile = Path.of(file);
        if (!Files.isRegularFile(topologyFile)) throw new UsageException("--topology " + file + ": no such file");
        long seed = seed(cl);
        GemmEngineParams p = (GemmEngineParams) Registry.load().get(GENERATOR).parse(ParamArgs.parse(cl.getOptionValues("param")));
        Path dir = Path.of(cl.getOptionValue("out", "out/tpe-run"));
        Topology t;
        try {
            t = Topology.read(topologyFile);
        } catch (TopologyException e) {
            io.err().println("error: " + e.getMessage());
            return Exit.FAILED;
        }
        boolean rtl = cl.hasOption("rtl");
        io.progress(String.format(Locale.ROOT, "tpe run: %d layer(s) of %s on the %s engine (%s)%s ...", t.layers().size(), topologyFile.getFileName(),
                p.tag(), p, rtl ? ", models and RTL" : ", models"));
        List<LayerRun> runs = rtl ? TopologyRun.rtl(p, t, seed, io::progress) : TopologyRun.model(p, t);
        ReportDirectory.write(dir, runs);
        print(runs, rtl, io);
        io.out().println("wrote " + dir.resolve(ReportDirectory.COMPUTE_REPORT) + " and " + dir.resolve(ReportDirectory.ENGINE_REPORT));
        List<LayerRun> wrong = runs.stream().filter(r -> !r.agrees()).toList();
        for (LayerRun r : wrong) io.err().println("error: RTL disagrees with the model: " + r.disagreement());
        return wrong.isEmpty() ? Exit.OK : Exit.FAILED;
    }

    private static void print(List<LayerRun> runs, boolean rtl, Console io) {
        int w = Math.max(5, runs.stream().mapToInt(r -> r.layer().name().length()).max().orElse(5));
        io.out().printf(Locale.ROOT, "%-3s %-" + w + "s %15s %16s %8s %13s%s%n", "id", "layer", "M x K x N", "SCALE-Sim cycles", "util %", "engine model",
                rtl ? "    engine RTL  C" : "");
        for (LayerRun r : runs) {
            ComputeReport.Row s = r.scaleSim();
            String tail = r.rtl() == null ? "" : String.format(Locale.ROOT, " %13d  %s", r.rtl().cycles(),
                    r.rtl().mismatches() == 0 ? "ok" : r.rtl().mismatches() + " wrong");
            io.out().printf(Locale.ROOT, "%-3d %-" + w + "s %15s %16d %8.2f %13d%s%n", r.layerId(), r.layer().name(), r.layer().shape(), s.totalCycles(),
                    s.overallUtil(), r.engine().total(), tail);
        }
        io.out().println("SCALE-Sim cycles: the array's compute cycles, folds summed, as SCALE-Sim reports them (the last cycle's index from 0);");
        io.out().println("engine: the GEMM engine's whole run, compute + operand loads + drain + control + clears + reads (terms in ENGINE_REPORT.csv)"
                + (rtl ? ";\nRTL: the engine's own cycle counter in Verilator; C: every element against the golden GEMM." : "."));
    }

    private static long seed(CommandLine cl) throws UsageException {
        String v = cl.getOptionValue("seed", "1");
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + v + "' is not a whole number");
        }
    }
}
