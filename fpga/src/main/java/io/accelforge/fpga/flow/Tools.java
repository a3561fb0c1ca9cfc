package io.accelforge.fpga.flow;

import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** The open iCE40 flow's external tools, each behind {@link ExternalTool} (found on PATH, run with a timeout and a log). */
public final class Tools {
    public static final ExternalTool YOSYS = ExternalTool.YOSYS;
    public static final ExternalTool IVERILOG = ExternalTool.IVERILOG;
    public static final ExternalTool NEXTPNR_ICE40 = new ExternalTool("nextpnr-ice40", "nextpnr-ice40", List.of("--version"));
    public static final ExternalTool ICEPACK = new ExternalTool("icepack", "fpga-icestorm", List.of("-h"));
    public static final ExternalTool ICEPLL = new ExternalTool("icepll", "fpga-icestorm", List.of("-h"));
    public static final ExternalTool VVP = new ExternalTool("vvp", "iverilog", List.of("-V"));
    private static final ExternalTool DPKG_QUERY = new ExternalTool("dpkg-query", "dpkg", List.of("--version"));
    private static final ConcurrentHashMap<String, String> PACKAGE_VERSIONS = new ConcurrentHashMap<>();

    private Tools() {}

    /**
     * The version to report for {@code t}: its own version line, or for icestorm tools (which
     * have no version option) the installed Debian package's version.
     */
    public static String version(ExternalTool t) {
        if (t == ICEPACK || t == ICEPLL) return "fpga-icestorm " + packageVersion("fpga-icestorm");
        return t.version();
    }

    static String packageVersion(String pkg) {
        return PACKAGE_VERSIONS.computeIfAbsent(pkg, p -> {
            if (!DPKG_QUERY.isInstalled()) return "unknown";
            try {
                Path log = Files.createTempFile("accelforge-dpkg", ".log");
                ToolResult r = DPKG_QUERY.run(List.of("-W", "-f=${Version}", p), null, Duration.ofSeconds(20), log);
                Files.deleteIfExists(log);
                return r.ok() && !r.output().isBlank() ? r.output().trim() : "unknown";
            } catch (IOException e) {
                return "unknown";
            }
        });
    }

    /** The tools of the open flow that are not on PATH, each with its install command. */
    public static List<String> missing() {
        return List.of(YOSYS, NEXTPNR_ICE40, ICEPACK).stream().filter(t -> !t.isInstalled())
                .map(t -> t.name() + " is not installed; install it with: sudo apt-get install -y " + debianPackage(t)).toList();
    }

    static String debianPackage(ExternalTool t) {
        if (t == NEXTPNR_ICE40) return "nextpnr-ice40";
        if (t == ICEPACK || t == ICEPLL) return "fpga-icestorm";
        if (t == VVP) return "iverilog";
        return t.name();
    }
}
