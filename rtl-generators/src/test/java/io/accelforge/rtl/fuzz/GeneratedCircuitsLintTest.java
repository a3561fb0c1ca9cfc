package io.accelforge.rtl.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated circuits are Verilog that verilator -Wall, iverilog -Wall and yosys accept without a single warning. */
class GeneratedCircuitsLintTest {
    @TempDir Path tmp;

    @Test void aSampleOf60GeneratedCircuitsLintsCleanWithAllThreeTools() throws Exception {
        List<Circuit> sample = new ArrayList<>();
        for (long seed = 0; seed < 60; seed++) sample.add(CircuitGenerator.generate(seed, "lint" + seed));
        Design d = Elaborator.elaborate(() -> new FuzzTop("lint_sample", sample));
        DesignWriter.write(d, tmp.resolve("out"), "fuzz-sample", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + " (files in " + tmp.resolve("out") + "):\n" + String.join("\n", r.problems().stream().limit(20).toList()));
        }
    }
}
