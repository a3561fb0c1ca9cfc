package io.accelforge.fpga.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell around the test accelerator lints clean with all three tools. */
class ShellLintTest {
    @TempDir Path tmp;

    @Test void theShellWithoutPllAndWithLedsLintsClean() throws Exception {
        ShellParams p = new ShellParams(8, 12_000_000, 16, 2, 0b10);
        Design d = Elaborator.elaborate(() -> new ShellTop(p, Clocking.direct(), () -> new TestAccelerator(new TestAcceleratorParams(4, 8, 32, 16))));
        DesignWriter.write(d, tmp.resolve("out"), "shell", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\nlog: " + r.log());
        }
    }
}
