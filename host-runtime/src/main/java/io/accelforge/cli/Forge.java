package io.accelforge.cli;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.HclException;
import io.accelforge.rtl.lower.ElaborationException;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.synth.PpaException;
import io.accelforge.rtl.tools.ToolException;
import io.accelforge.sim.build.BuildException;
import io.accelforge.sim.csv.CsvFormatException;
import io.accelforge.rtl.util.NearestNames;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;

/** The forge command line: generate, check and lint hardware, and benchmark the toolkit. */
public final class Forge {
    private static final List<Command> COMMANDS = List.of(
            new DemoCommand(), new ListCommand(), new GenerateCommand(), new LintCommand(), new PpaCommand(), new SimCommand(), new FpgaCommand(), new FuzzCommand(), new BenchCommand(), new TpeCommand());

    private Forge() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; never exits the JVM (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Console io = new Console(out, err);
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : COMMANDS) byName.put(c.name(), c);
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length >= 2 && byName.containsKey(args[1])) {
                help(byName.get(args[1]), out);
                return Exit.OK;
            }
            overview(out);
            return args.length == 0 ? Exit.USAGE : Exit.OK;
        }
        Command cmd = byName.get(args[0]);
        if (cmd == null) {
            err.println("error: unknown command '" + args[0] + "'" + NearestNames.suggestion(args[0], byName.keySet()));
            err.println("       run 'forge --help' for the list of commands");
            return Exit.USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Options opts = withHelp(cmd.options());
        try {
            CommandLine cl = DefaultParser.builder().get().parse(opts, rest);
            if (cl.hasOption("help")) {
                help(cmd, out);
                return Exit.OK;
            }
            return cmd.run(cl, io);
        } catch (ParseException e) {
            return usage(cmd, e.getMessage(), err);
        } catch (UsageException | ParamException e) {
            return usage(cmd, e.getMessage(), err);
        } catch (ElaborationException e) {
            err.println(e.getMessage());
            return Exit.FAILED;
        } catch (HclException e) {
            err.println(e.getMessage());
            return Exit.FAILED;
        } catch (ToolException | SimException | BuildException | CsvFormatException | PpaException e) {
            err.println("error: " + e.getMessage());
            return Exit.FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return Exit.FAILED;
        } catch (Exception e) {
            err.println("error: internal failure in 'forge " + cmd.name() + "': " + e);
            e.printStackTrace(err);
            return Exit.FAILED;
        }
    }

    private static int usage(Command cmd, String message, PrintStream err) {
        for (String line : message.split("\n")) err.println("error: " + line);
        err.println("       usage: " + cmd.usage() + "   (forge " + cmd.name() + " --help for details)");
        return Exit.USAGE;
    }

    private static Options withHelp(Options o) {
        Options all = new Options();
        for (Option x : o.getOptions()) all.addOption(x);
        all.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return all;
    }

    private static void overview(PrintStream out) {
        out.println("forge - AccelForge hardware generators, checks and lint");
        out.println();
        out.println("usage: forge <command> [options]");
        out.println();
        out.println("commands:");
        for (Command c : COMMANDS) out.printf("  %-10s %s%n", c.name(), c.summary());
        out.println();
        out.println("'forge <command> --help' describes a command. Exit codes: 0 ok, 1 a check/lint/tool failed, 2 usage error.");
    }

    static void help(Command cmd, PrintStream out) {
        StringWriter sw = new StringWriter();
        try {
            HelpFormatter f = HelpFormatter.builder().setShowSince(false).setHelpAppendable(new TextHelpAppendable(sw)).get();
            f.printHelp(cmd.usage(), cmd.description(), withHelp(cmd.options()), "", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(sw);
    }
}
