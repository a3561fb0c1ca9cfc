package io.accelforge.cli;

import io.accelforge.rtl.util.NearestNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * forge tpe: tensor-engine workflows, one subcommand each. A subcommand is a {@link Command}
 * named for its word; it sees the whole command line (its own positional arguments follow its
 * name) and only its own options are accepted.
 */
final class TpeCommand implements Command {
    private static final List<Command> SUBCOMMANDS = List.of(new TpeRunCommand(), new TpeCompareCommand(), new TpeSweepCommand());

    private static Map<String, Command> byName() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : SUBCOMMANDS) m.put(c.name(), c);
        return m;
    }

    @Override public String name() { return "tpe"; }
    @Override public String summary() { return "tensor engines: 'tpe run' (a SCALE-Sim GEMM topology on a GEMM engine: model and RTL cycles), "
            + "'tpe compare' (optimised vs plain PEs, against the paper), 'tpe sweep' (design space, Pareto front)"; }
    @Override public String usage() { return SUBCOMMANDS.stream().map(Command::usage).collect(Collectors.joining("  |  ")); }
    @Override public String description() {
        return SUBCOMMANDS.stream().map(c -> c.name() + ": " + c.description()).collect(Collectors.joining(" "));
    }

    @Override public Options options() {
        Options all = new Options();
        for (Command c : SUBCOMMANDS) for (Option o : c.options().getOptions()) all.addOption(o);
        return all;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        List<String> args = cl.getArgList();
        Map<String, Command> subs = byName();
        if (args.isEmpty()) throw new UsageException("missing the subcommand: " + String.join(", ", subs.keySet()));
        Command sub = subs.get(args.getFirst());
        if (sub == null) throw new UsageException("unknown subcommand '" + args.getFirst() + "'" + NearestNames.suggestion(args.getFirst(), subs.keySet()));
        for (Option o : cl.getOptions()) {
            if (!sub.options().hasOption(o.getLongOpt())) throw new UsageException("--" + o.getLongOpt() + " does not apply to 'forge tpe " + sub.name() + "'");
        }
        return sub.run(cl, io);
    }
}
