package io.accelforge.rtl.tools;

import java.nio.file.Path;
import java.time.Duration;

/** What one run of an external tool did: exit code, combined output, where the log is, how long it took. */
public record ToolResult(int exitCode, String output, Path log, Duration elapsed) {
    public boolean ok() { return exitCode == 0; }
}
