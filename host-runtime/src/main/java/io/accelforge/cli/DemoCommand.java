package io.accelforge.cli;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge demo: the quick start's main job on the default example. */
final class DemoCommand implements Command {
    static final String DEFAULT_GENERATOR = "mac-grid";

    @Override public String name() { return "demo"; }
    @Override public String summary() { return "the main job: generate the default design, check it, write and lint its Verilog"; }
    @Override public String usage() { return "forge demo [-o DIR]"; }
    @Override public String description() {
        return "Generates the default example (a 4x4 grid of signed 8-bit MAC cells), runs every elaboration check, "
                + "writes its Verilog and manifest to DIR (default out/demo), lints it with Verilator, Icarus and Yosys, "
                + "and prints a summary.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/demo)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws IOException {
        Path dir = Path.of(cl.getOptionValue("out", "out/demo"));
        Generator<?> g = Registry.load().get(DEFAULT_GENERATOR);
        io.progress("[1/2] generating " + g.name() + " with defaults " + g.defaults() + " ...");
        Design d = GenerateCommand.generate(g, g.defaults(), dir, io);
        io.progress("[2/2] linting ...");
        boolean clean = LintCommand.lint(dir, Files.createTempDirectory("accelforge-lint-"), io);
        io.out().println();
        io.out().printf("summary: %s -> %s: %d Verilog modules, top ports %d, lint %s%n", g.name(), dir,
                d.verilog().size(), d.ports().size(), clean ? "clean with verilator, iverilog and yosys" : "FAILED");
        return clean ? Exit.OK : Exit.FAILED;
    }
}
