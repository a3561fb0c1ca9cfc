package io.accelforge.cli;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.rtl.synth.Ppa;
import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.rtl.synth.PpaReport;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.engine.GemmDriver;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.engine.Scratchpads;
import io.accelforge.tpe.model.EngineCycleModel;
import io.accelforge.tpe.model.EngineCycles;
import io.accelforge.tpe.topology.LayerRun;
import io.accelforge.tpe.topology.TopologyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * forge demo, the quick start's main job: the default GEMM engine (16x16 INT8 output-stationary
 * systolic array), generated, linted, verified on a random GEMM in Verilator against the golden
 * model with its cycles against the cycle model, and measured (PPA of its systolic array).
 */
final class DemoCommand implements Command {
    static final String GENERATOR = "gemm-engine";
    /** M = K = N of the verified GEMM. */
    static final int SIZE = 64;
    static final long SEED = 1;
    /** Yosys maps the 16x16 array in 5-10 minutes on a loaded 2-core machine, past the flow's default 10-minute limit there. */
    static final Duration PPA_TIMEOUT = Duration.ofMinutes(40);

    @Override public String name() { return "demo"; }
    @Override public String summary() { return "the main job: a 16x16 INT8 systolic GEMM engine, generated, linted, verified in Verilator, measured"; }
    @Override public String usage() { return "forge demo [-o DIR] [--rows N --cols N]"; }
    @Override public String description() {
        return "Generates the default gemm-engine (a 16x16 signed INT8 output-stationary systolic array with A/B/C scratchpads and the engine "
                + "command interface), runs every elaboration check, writes its Verilog and manifest to DIR (default out/demo), lints it with "
                + "Verilator, Icarus and Yosys, runs a random " + SIZE + "x" + SIZE + "x" + SIZE + " GEMM (seed " + SEED + ") on it in Verilator and "
                + "compares every element of C with the golden GEMM and the engine's cycle counter with the cycle model, then synthesises its "
                + "16x16 systolic array (the engine's array: the whole engine's scratchpads would be flip-flops in this flow, and its synthesis "
                + "takes far too long) with Yosys, "
                + "ABC and OpenSTA on the IHP SG13G2 library and prints area, Fmax and power. Verilator models and PPA results are cached, so "
                + "a second run is fast.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/demo)").get());
        o.addOption(Option.builder().longOpt("rows").hasArg().argName("N").desc("rows of PEs (default 16)").get());
        o.addOption(Option.builder().longOpt("cols").hasArg().argName("N").desc("columns of PEs (default 16)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws IOException {
        Path dir = Path.of(cl.getOptionValue("out", "out/demo"));
        Generator<?> g = Registry.load().get(GENERATOR);
        GemmEngineParams def = (GemmEngineParams) g.defaults();
        Map<String, String> dims = new LinkedHashMap<>();
        dims.put("rows", cl.getOptionValue("rows", Integer.toString(def.rows())));
        dims.put("cols", cl.getOptionValue("cols", Integer.toString(def.cols())));
        GemmEngineParams p = (GemmEngineParams) g.parse(dims);
        long t0 = System.nanoTime();
        io.progress("[1/4] generating " + g.name() + " (" + p + ") ...");
        Design d = GenerateCommand.generate(g, p, dir, io);

        io.progress("[2/4] linting the Verilog ...");
        boolean clean = LintCommand.lint(dir, Files.createTempDirectory("accelforge-lint-"), io);

        io.progress(String.format(Locale.ROOT, "[3/4] verifying a random %dx%dx%d GEMM in Verilator (the model is built once, then cached) ...", SIZE, SIZE, SIZE));
        LayerRun.Rtl rtl;
        try (VerilatorSim sim = VerilatorSim.open(d)) {
            sim.reset(1);
            rtl = TopologyRun.verify(new GemmDriver(sim, p), p, SIZE, SIZE, SIZE, SEED);
        }
        EngineCycles model = EngineCycleModel.gemm(p, SIZE, SIZE, SIZE);
        boolean correct = rtl.mismatches() == 0, exact = rtl.cycles() == model.total();
        io.out().printf(Locale.ROOT, "verify: C = A x B, %dx%dx%d, random %s operands (seed %d): C mismatches %d of %d (golden GEMM)%s%n", SIZE, SIZE, SIZE,
                p.precision(), SEED, rtl.mismatches(), SIZE * SIZE, correct ? "" : ", first " + rtl.firstMismatch());
        io.out().printf(Locale.ROOT, "verify: cycles RTL %,d, model %,d (%s)%n", rtl.cycles(), model.total(), exact ? "equal" : "DIFFERENT");
        io.out().println("        model: " + model);

        OsArrayParams ap = new OsArrayParams(p.rows(), p.cols(), p.precision(), p.signed(), p.pe(), p.acc(), p.kMax());
        io.progress("[4/4] PPA of the engine's " + p.rows() + "x" + p.cols() + " systolic array (Yosys + ABC + OpenSTA, IHP SG13G2; minutes the first time, then cached) ...");
        PpaReport ppa = Ppa.run(Elaborator.elaborate(() -> new OsArray(ap)), PpaOptions.defaults().withToolTimeout(PPA_TIMEOUT).withProgress(io::progress));
        Scratchpads sp = p.scratchpads();
        long scratchpadBits = ((long) sp.aLanes() * sp.aDepth() + (long) sp.bLanes() * sp.bDepth()) * p.w() + (long) sp.cLanes() * sp.cDepth() * p.acc();
        io.out().printf(Locale.ROOT, "ppa: the engine's %dx%d systolic array, not the whole engine (its %,d scratchpad bits become flip-flops in this "
                + "flow; Yosys was still in generic synthesis of the engine after 10 minutes):%n", p.rows(), p.cols(), scratchpadBits);
        io.out().println("     " + ppa.summary());
        io.out().println();
        io.out().printf(Locale.ROOT, "summary: %s -> %s: lint %s; %dx%dx%d GEMM in Verilator %s, %,d cycles %s the model; array %,.0f um2, %s; %.0f s%n",
                p.tag(), dir, clean ? "clean (verilator, iverilog, yosys)" : "FAILED", SIZE, SIZE, SIZE, correct ? "correct" : "WRONG", rtl.cycles(),
                exact ? "equal to" : "DIFFERENT from", ppa.cellAreaUm2(),
                ppa.fmaxMhz() == null ? "no timed path" : String.format(Locale.ROOT, "%.0f MHz", ppa.fmaxMhz()), (System.nanoTime() - t0) / 1e9);
        return clean && correct && exact ? Exit.OK : Exit.FAILED;
    }
}
