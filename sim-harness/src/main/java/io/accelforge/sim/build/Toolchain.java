package io.accelforge.sim.build;

import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolException;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Verilator and the C++ compiler, with the flags every model and the runtime are compiled with. */
public final class Toolchain {
    static final ExternalTool CXX = new ExternalTool("g++", "g++", List.of("--version"));
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Path include;

    private Toolchain(Path include) { this.include = include; }

    /** Finds Verilator 5 and g++; fails with the install command when either is missing. */
    public static Toolchain find() {
        String v = ExternalTool.VERILATOR.version();
        Matcher m = Pattern.compile("Verilator (\\d+)\\.(\\d+)").matcher(v);
        if (!m.find() || Integer.parseInt(m.group(1)) < 5) {
            throw new ToolException("AccelForge needs Verilator 5, found '" + v + "'; install it with: sudo apt-get install -y verilator");
        }
        CXX.find();
        Path inc = verilatorRoot().resolve("include");
        if (!Files.isRegularFile(inc.resolve("verilated.cpp"))) {
            throw new ToolException("Verilator's runtime sources are missing at " + inc + "; reinstall the verilator package");
        }
        return new Toolchain(inc);
    }

    private static Path verilatorRoot() {
        String env = System.getenv("VERILATOR_ROOT");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("/usr/share/verilator");
    }

    public Path include() { return include; }

    public String verilatorVersion() { return ExternalTool.VERILATOR.version(); }

    public String cxxVersion() { return CXX.version(); }

    /** Flags shared by the runtime and every model (Verilator's own, less the warnings it disables). */
    List<String> cxxFlags(TlsModel tls, Trace trace) {
        // -fno-semantic-interposition: calls inside the library go direct, not through the PLT,
        // as in an executable (the per-cycle code is small, so call overhead shows)
        return List.of("-std=gnu++17", "-fPIC", "-fno-semantic-interposition", tls.flag(), "-faligned-new", "-fcf-protection=none",
                "-Wno-bool-operation", "-Wno-sign-compare", "-Wno-uninitialized", "-Wno-unused-but-set-variable",
                "-Wno-unused-parameter", "-Wno-unused-variable", "-Wno-shadow",
                "-I" + include, "-I" + include.resolve("vltstd"),
                "-DVM_COVERAGE=0", "-DVM_SC=0", "-DVM_TRACE=" + (trace == Trace.NONE ? 0 : 1),
                "-DVM_TRACE_FST=" + (trace == Trace.FST ? 1 : 0), "-DVM_TRACE_VCD=" + (trace == Trace.VCD ? 1 : 0));
    }

    ToolResult verilator(List<String> args, Path workDir, Path log) {
        return ExternalTool.VERILATOR.run(args, workDir, TIMEOUT, log);
    }

    /** Compiles several sources at once (one process each, as many as there are cores); fails on the first error. */
    void compileAll(List<List<String>> commands, Path workDir, Path logDir) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(cores, commands.size()));
        try {
            List<Future<ToolResult>> results = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                List<String> cmd = commands.get(i);
                Path log = logDir.resolve("cxx-" + i + ".log");
                results.add(pool.submit(() -> CXX.run(cmd, workDir, TIMEOUT, log)));
            }
            for (Future<ToolResult> f : results) {
                ToolResult r = f.get();
                if (!r.ok()) throw new BuildException("C++ compile failed:\n" + errorLines(r.output()) + "\n(log: " + r.log() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("C++ compile interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new BuildException("C++ compile failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    void link(List<String> command, Path workDir, Path log) {
        ToolResult r = CXX.run(command, workDir, TIMEOUT, log);
        if (!r.ok()) throw new BuildException("link failed:\n" + errorLines(r.output()) + "\n(log: " + r.log() + ")");
    }

    static String errorLines(String output) {
        List<String> lines = output.lines().filter(l -> l.contains("error") || l.startsWith("%Error")).limit(20).toList();
        return lines.isEmpty() ? output.lines().limit(20).reduce("", (a, b) -> a + b + "\n").strip() : String.join("\n", lines);
    }

    static void writeLog(Path log, String text) {
        try {
            Files.writeString(log, text);
        } catch (IOException e) {
            throw new BuildException("cannot write " + log + ": " + e.getMessage());
        }
    }
}
