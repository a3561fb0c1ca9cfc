package io.accelforge.rtl.lint;

import io.accelforge.rtl.elab.Manifest;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The three lint gates every generated design must pass with no suppressions:
 * verilator --lint-only -Wall, iverilog -g2005 -Wall, and yosys hierarchy -check; proc; check -assert.
 * Warnings count as failures.
 */
public final class Lint {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern VERILATOR_PROBLEM = Pattern.compile("^%(Warning|Error).*");
    private static final Pattern IVERILOG_PROBLEM = Pattern.compile(".*(warning|error|sorry):.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern YOSYS_PROBLEM = Pattern.compile("^(ERROR|Warning):.*");

    private Lint() {}

    /** Lints the design described by {@code dir/manifest.json}; logs go to {@code logDir}. */
    public static List<LintResult> run(Path dir, Path logDir) throws IOException {
        Manifest m = Manifest.read(dir);
        List<String> files = new ArrayList<>();
        for (String f : m.files()) {
            Path p = dir.resolve(f).toAbsolutePath();
            if (!Files.isRegularFile(p)) throw new IOException(p + ": listed in the manifest but missing; regenerate the design");
            if (f.endsWith(".v") || f.endsWith(".sv")) files.add(p.toString());
        }
        Files.createDirectories(logDir);
        List<LintResult> out = new ArrayList<>();
        out.add(verilator(files, m.top(), logDir));
        out.add(iverilog(files, m.top(), logDir));
        out.add(yosys(files, m.top(), logDir));
        return out;
    }

    static LintResult verilator(List<String> files, String top, Path logDir) {
        ExternalTool t = ExternalTool.VERILATOR;
        List<String> args = new ArrayList<>(List.of("--lint-only", "-Wall", "--top-module", top));
        args.addAll(files);
        ToolResult r = t.run(args, null, TIMEOUT, logDir.resolve("verilator.log"));
        return verdict(t, r, VERILATOR_PROBLEM);
    }

    static LintResult iverilog(List<String> files, String top, Path logDir) {
        ExternalTool t = ExternalTool.IVERILOG;
        List<String> args = new ArrayList<>(List.of("-g2005", "-Wall", "-s", top, "-o", "/dev/null"));
        args.addAll(files);
        ToolResult r = t.run(args, null, TIMEOUT, logDir.resolve("iverilog.log"));
        return verdict(t, r, IVERILOG_PROBLEM);
    }

    static LintResult yosys(List<String> files, String top, Path logDir) {
        ExternalTool t = ExternalTool.YOSYS;
        StringBuilder script = new StringBuilder();
        for (String f : files) script.append("read_verilog ").append(f).append("; ");
        script.append("hierarchy -check -top ").append(top).append("; proc; check -assert");
        ToolResult r = t.run(List.of("-q", "-p", script.toString()), null, TIMEOUT, logDir.resolve("yosys.log"));
        return verdict(t, r, YOSYS_PROBLEM);
    }

    private static LintResult verdict(ExternalTool t, ToolResult r, Pattern problem) {
        List<String> problems = r.output().lines().filter(l -> problem.matcher(l).matches()).toList();
        boolean passed = r.ok() && problems.isEmpty();
        if (!passed && problems.isEmpty()) problems = List.of(t.name() + " exited with " + r.exitCode());
        return new LintResult(t.name(), t.version(), passed, problems, r.log());
    }
}
