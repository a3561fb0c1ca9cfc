package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.SourceLoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects diagnostics; the same error from many instances of one module is kept once. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public void add(DiagnosticKind kind, SourceLoc loc, String message, String fix) {
        Diagnostic d = new Diagnostic(kind, loc, message, fix);
        if (seen.add(d.toString())) list.add(d);
    }

    public boolean isEmpty() { return list.isEmpty(); }

    public List<Diagnostic> list() { return List.copyOf(list); }
}
