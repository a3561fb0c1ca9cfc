package io.accelforge.cli;

import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.tpe.report.ArrayMeasurer;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;

/** What forge tpe compare and sweep share: the PPA flow they measure with, its --timeout, and the exit on arrays it failed on. */
final class TpeReportOptions {
    private TpeReportOptions() {}

    static Option timeout() {
        return Option.builder().longOpt("timeout").hasArg().argName("MIN").desc("limit per tool run in minutes (default 120)").get();
    }

    /** Neither compare nor sweep takes positional arguments after its name. */
    static void noArguments(CommandLine cl) throws UsageException {
        List<String> args = cl.getArgList();
        if (args.size() > 1) throw new UsageException("unexpected arguments " + args.subList(1, args.size()));
    }

    /** The PPA flow with progress lines indented under the design's, and --timeout minutes per tool (a 16x16 array on a busy machine passes 10). */
    static ArrayMeasurer measurer(CommandLine cl, Console io) throws UsageException {
        String t = cl.getOptionValue("timeout", "120");
        long minutes;
        try {
            minutes = Long.parseLong(t);
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        if (minutes < 1) throw new UsageException("--timeout '" + t + "' is not a whole number of minutes >= 1");
        return ArrayMeasurer.ppa(PpaOptions.defaults().withToolTimeout(Duration.ofMinutes(minutes)).withProgress(line -> io.progress("  " + line)));
    }

    /** Exit 1 with one error line per array the flow failed on; the files hold the rest. */
    static int notMeasured(List<String> failures, Console io) {
        for (String f : failures) io.err().println("error: " + (f.startsWith("not measured ") ? f : "not measured " + f));
        return failures.isEmpty() ? Exit.OK : Exit.FAILED;
    }

}
