package io.accelforge.cli;

import io.accelforge.rtl.elab.Manifest;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge lint: the three lint gates (Verilator, Icarus, Yosys) on a generated directory. */
final class LintCommand implements Command {
    @Override public String name() { return "lint"; }
    @Override public String summary() { return "lint a generated directory with verilator, iverilog and yosys"; }
    @Override public String usage() { return "forge lint DIR [--logs DIR]"; }
    @Override public String description() {
        return "Runs verilator --lint-only -Wall, iverilog -g2005 -Wall and yosys 'hierarchy -check; proc; check -assert' on the "
                + "files listed in DIR/manifest.json. Any warning fails. Logs go to --logs (default: a temporary directory).";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("logs").hasArg().argName("DIR").desc("where the tools' logs go").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        List<String> args = cl.getArgList();
        if (args.size() != 1) throw new UsageException(args.isEmpty() ? "missing the directory to lint" : "expected one directory, got " + args);
        Path dir = Path.of(args.getFirst());
        Path logs = cl.hasOption("logs") ? Path.of(cl.getOptionValue("logs")) : Files.createTempDirectory("accelforge-lint-");
        return lint(dir, logs, io) ? Exit.OK : Exit.FAILED;
    }

    /** Prints one line per tool (and its problems); true when all pass. */
    static boolean lint(Path dir, Path logs, Console io) throws IOException {
        Manifest m = Manifest.read(dir);
        io.progress("linting " + dir + " (top " + m.top() + ", " + m.files().size() + " files) ...");
        boolean ok = true;
        for (LintResult r : Lint.run(dir, logs)) {
            io.out().printf("  %-9s %s  (%s)%n", r.tool(), r.passed() ? "PASS" : "FAIL", r.version());
            if (!r.passed()) {
                ok = false;
                r.problems().stream().limit(20).forEach(p -> io.out().println("      " + p));
                if (r.problems().size() > 20) io.out().println("      ... " + (r.problems().size() - 20) + " more");
                io.out().println("      log: " + r.log());
            }
        }
        return ok;
    }
}
