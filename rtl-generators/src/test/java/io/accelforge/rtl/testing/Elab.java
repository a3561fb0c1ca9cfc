package io.accelforge.rtl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.lower.Diagnostic;
import io.accelforge.rtl.lower.ElaborationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Elaborates designs that must fail, keeping the built top so a test can read the lines it recorded. */
public final class Elab {
    private Elab() {}

    /** A failed elaboration: the top module as built, and what was reported. */
    public record Failure<M extends Module>(M top, ElaborationException error) {
        public List<Diagnostic> diagnostics() { return error.diagnostics(); }

        /** The only diagnostic; fails listing them all when there are more or none. */
        public Diagnostic only() {
            assertEquals(1, diagnostics().size(), "expected exactly one error, got:\n" + error.getMessage());
            return diagnostics().getFirst();
        }
    }

    public static <M extends Module> Failure<M> failing(Supplier<M> make) {
        List<M> built = new ArrayList<>(1);
        ElaborationException e = assertThrows(ElaborationException.class, () -> Elaborator.elaborate(() -> {
            M m = make.get();
            built.add(m);
            return m;
        }), "the design was expected to fail elaboration");
        return new Failure<>(built.getFirst(), e);
    }

    /** Elaborates a design that must pass; a failure shows every reported error. */
    public static Design clean(Supplier<? extends Module> make) {
        try {
            return Elaborator.elaborate(make);
        } catch (ElaborationException e) {
            throw new AssertionError("expected a clean elaboration, got:\n" + e.getMessage(), e);
        }
    }

    /** The first line of a diagnostic ("error: <title> at <file:line>: <message>") must be exactly {@code expected}. */
    public static void assertHeadline(String expected, Diagnostic d) {
        String head = d.toString().lines().findFirst().orElse("");
        assertEquals(expected, head, "diagnostic headline (whole diagnostic:\n" + d + ")");
        assertTrue(d.fix() != null && !d.fix().isBlank(), "every diagnostic says how to fix it: " + d);
    }
}
