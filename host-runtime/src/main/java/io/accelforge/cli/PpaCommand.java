package io.accelforge.cli;

import io.accelforge.rtl.synth.Ppa;
import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.rtl.synth.PpaReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge ppa: area, timing and power of a generated design with Yosys, ABC, OpenSTA and the IHP SG13G2 library. */
final class PpaCommand implements Command {
    @Override public String name() { return "ppa"; }
    @Override public String summary() { return "area, timing and power of a generated directory (Yosys + ABC + OpenSTA, IHP SG13G2)"; }
    @Override public String usage() { return "forge ppa DIR [--period NS] [--json FILE]"; }
    @Override public String description() {
        return "Synthesises the design of DIR/manifest.json with one fixed Yosys script mapped to the IHP SG13G2 typical library, "
                + "times it with OpenSTA and reports cell area, cells, transistor estimate, logic depth, worst path and Fmax, and "
                + "power at a stated default activity. Results are cached by design hash. --period sets the clock target.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("period").hasArg().argName("NS").desc("target clock period in ns").get());
        o.addOption(Option.builder().longOpt("json").hasArg().argName("FILE").desc("also write the report as JSON").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws UsageException, IOException {
        List<String> args = cl.getArgList();
        if (args.size() != 1) throw new UsageException(args.isEmpty() ? "missing the generated directory" : "expected one directory, got " + args);
        PpaOptions o = PpaOptions.defaults().withProgress(io::progress);
        if (cl.hasOption("period")) {
            try {
                double p = Double.parseDouble(cl.getOptionValue("period"));
                if (!(p > 0)) throw new UsageException("--period must be > 0 ns, got " + p);
                o = o.withTargetPeriodNs(p);
            } catch (NumberFormatException e) {
                throw new UsageException("--period '" + cl.getOptionValue("period") + "' is not a number of ns");
            }
        }
        PpaReport r = Ppa.run(Path.of(args.getFirst()), o);
        io.out().println(r.summary());
        if (cl.hasOption("json")) {
            Path f = Path.of(cl.getOptionValue("json"));
            Path tmp = Files.createTempFile(f.toAbsolutePath().getParent(), ".ppa-", ".json.tmp");
            Files.writeString(tmp, r.toJson());
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            io.out().println("wrote " + f);
        }
        return Exit.OK;
    }
}
