package io.accelforge.rtl.lower;

import java.util.List;

/** Elaboration found errors; the message lists all of them, each with its source line. */
public final class ElaborationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ElaborationException(List<Diagnostic> diagnostics) {
        super(format(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }

    private static String format(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) sb.append(d).append('\n');
        sb.append(ds.size()).append(ds.size() == 1 ? " error" : " errors").append("; no files written");
        return sb.toString();
    }
}
