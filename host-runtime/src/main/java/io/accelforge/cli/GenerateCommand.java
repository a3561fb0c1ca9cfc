package io.accelforge.cli;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.elab.Manifest;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge generate: elaborate and check a generator's design, then write its Verilog and manifest. */
final class GenerateCommand implements Command {
    @Override public String name() { return "generate"; }
    @Override public String summary() { return "check a generator's design and write its Verilog + manifest"; }
    @Override public String usage() { return "forge generate <generator> [--param name=value]... [-o DIR]"; }
    @Override public String description() {
        return "Builds the design, runs every elaboration check (all errors are reported together, with Java file:line), "
                + "and writes one Verilog file per module plus manifest.json into DIR (default out/<generator>). "
                + "Nothing is written when a check fails.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("p").longOpt("param").hasArg().argName("name=value").desc("set a parameter (repeatable)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/<generator>)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        List<String> args = cl.getArgList();
        if (args.size() != 1) throw new UsageException(args.isEmpty() ? "missing the generator name (forge list shows them)" : "expected one generator, got " + args);
        Generator<?> g = Registry.load().get(args.getFirst());
        Record params = g.parse(ParamArgs.parse(cl.getOptionValues("param")));
        Path dir = Path.of(cl.getOptionValue("out", "out/" + g.name()));
        generate(g, params, dir, io);
        return Exit.OK;
    }

    /** Elaborates and writes; prints a two-line summary. */
    static Design generate(Generator<?> g, Record params, Path dir, Console io) throws IOException {
        Design d = Elaborator.elaborate(() -> g.buildUnchecked(params));
        Manifest m = DesignWriter.write(d, dir, g.name(), Generator.values(params));
        var s = d.stats();
        io.out().printf("generated %s (top %s): %d distinct modules, %d instances, %,d nodes in %d ms%n",
                g.name(), d.topName(), s.distinctModules(), s.moduleInstances(), s.nodes(), s.totalNanos() / 1_000_000);
        io.out().printf("wrote %d files to %s (%s)%n", m.files().size() + 1, dir, m.contentHash());
        return d;
    }
}
