package io.accelforge.cli;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.ParamSpec;
import io.accelforge.rtl.gen.Registry;
import java.io.PrintStream;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** forge list: the generators, their parameters, types, defaults and valid ranges. */
final class ListCommand implements Command {
    @Override public String name() { return "list"; }
    @Override public String summary() { return "list generators with their parameters, defaults and ranges"; }
    @Override public String usage() { return "forge list [GENERATOR]"; }
    @Override public String description() { return "Lists every registered generator, or one, with each parameter's type, default and valid range."; }
    @Override public Options options() { return new Options(); }

    @Override public int run(CommandLine cl, Console io) throws UsageException {
        Registry reg = Registry.load();
        List<String> args = cl.getArgList();
        if (args.size() > 1) throw new UsageException("expected at most one generator name, got " + args.size());
        List<Generator<?>> gens = args.isEmpty() ? reg.all() : List.of(reg.get(args.getFirst()));
        PrintStream out = io.out();
        for (Generator<?> g : gens) {
            out.println(g.name() + " - " + g.description());
            List<ParamSpec> ps = g.params();
            int nw = 4;
            int dw = 7;
            int rw = 5;
            for (ParamSpec p : ps) {
                nw = Math.max(nw, p.name().length());
                dw = Math.max(dw, p.defaultText().length());
                rw = Math.max(rw, p.range().length());
            }
            String fmt = "    %-" + nw + "s  %-7s  %-" + dw + "s  %-" + rw + "s  %s%n";
            out.printf(fmt, "name", "type", "default", "range", "");
            for (ParamSpec p : ps) out.printf(fmt, p.name(), p.typeName(), p.defaultText(), p.range(), p.doc());
            out.println();
        }
        return Exit.OK;
    }
}
