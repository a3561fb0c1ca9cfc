package io.accelforge.rtl.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a design and asserts that verilator -Wall, iverilog -Wall and yosys check all pass. */
public final class LintGate {
    private LintGate() {}

    /** @return the directory the design was written to */
    public static Path assertLintClean(Design d, Path tmp) throws IOException {
        Path dir = Files.createTempDirectory(tmp, d.topName());
        Path out = dir.resolve("out");
        DesignWriter.write(d, out, "test", Map.of());
        for (LintResult r : Lint.run(out, dir.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + " on " + d.topName() + ":\n" + String.join("\n", r.problems()) + "\nlog: " + r.log());
        }
        return out;
    }
}
