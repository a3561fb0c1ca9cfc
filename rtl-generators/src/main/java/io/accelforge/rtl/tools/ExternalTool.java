package io.accelforge.rtl.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One external program (verilator, yosys, iverilog, ...): found on PATH, its version read
 * once, run with a timeout and its output captured to a log; failure becomes one clear line.
 */
public final class ExternalTool {
    public static final ExternalTool VERILATOR = new ExternalTool("verilator", "verilator", List.of("--version"));
    public static final ExternalTool IVERILOG = new ExternalTool("iverilog", "iverilog", List.of("-V"));
    public static final ExternalTool YOSYS = new ExternalTool("yosys", "yosys", List.of("-V"));
    /** OpenSTA, the static timing analyser (Debian package opensta). */
    public static final ExternalTool STA = new ExternalTool("sta", "opensta", List.of("-version"));

    private final String executable;
    private final String debianPackage;
    private final List<String> versionArgs;
    private Path path;
    private String version;

    public ExternalTool(String executable, String debianPackage, List<String> versionArgs) {
        this.executable = executable;
        this.debianPackage = debianPackage;
        this.versionArgs = List.copyOf(versionArgs);
    }

    public String name() { return executable; }

    public boolean isInstalled() { return locate() != null; }

    /** The executable; fails with the install command when it is not on PATH. */
    public synchronized Path find() {
        if (path == null) path = locate();
        if (path == null) {
            throw new ToolException(executable + " not found on PATH; install it with: sudo apt-get install -y " + debianPackage
                    + " (or run ./setup.sh)");
        }
        return path;
    }

    private Path locate() {
        String p = System.getenv("PATH");
        if (p == null) return null;
        for (String dir : p.split(File.pathSeparator)) {
            Path c = Path.of(dir, executable);
            if (Files.isExecutable(c)) return c;
        }
        return null;
    }

    /** The first line the tool prints about its version. */
    public synchronized String version() {
        if (version == null) {
            try {
                Path log = Files.createTempFile("accelforge-" + executable + "-version", ".log");
                ToolResult r = run(versionArgs, null, Duration.ofSeconds(30), log);
                String first = r.output().lines().filter(l -> !l.isBlank()).findFirst().orElse("unknown").trim();
                Files.deleteIfExists(log);
                version = first;
            } catch (IOException e) {
                throw new ToolException("cannot run " + executable + " --version: " + e.getMessage());
            }
        }
        return version;
    }

    /**
     * Runs the tool in {@code workDir} (null: current directory), output to {@code log}.
     * A non-zero exit is returned, not thrown: callers decide what a failure means.
     */
    public ToolResult run(List<String> args, Path workDir, Duration timeout, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(find().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workDir != null) pb.directory(workDir.toFile());
        long t0 = System.nanoTime();
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new ToolException(executable + " timed out after " + timeout.toSeconds() + " s; log: " + log);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            return new ToolResult(p.exitValue(), out, log, Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new ToolException("cannot run " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException(executable + " interrupted");
        }
    }
}
