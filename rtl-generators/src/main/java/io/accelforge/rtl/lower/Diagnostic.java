package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.SourceLoc;

/** One elaboration error: what, where (the Java line that built it) and how to fix it. */
public record Diagnostic(DiagnosticKind kind, SourceLoc loc, String message, String fix) {
    @Override public String toString() {
        return "error: " + kind.title() + " at " + loc + ": " + message + (fix == null ? "" : "\n       fix: " + fix);
    }
}
