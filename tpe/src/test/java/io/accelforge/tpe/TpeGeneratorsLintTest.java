package io.accelforge.tpe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tensor-engine generator, at its defaults and corners, lints clean with all three tools
 * (the rtl-generators sweep cannot see this module's generators: they are not on its class path).
 */
class TpeGeneratorsLintTest {
    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> everyTpeGeneratorLintsCleanAtDefaultsAndCorners() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Generator<?> g : new TpeGenerators().generators()) {
            List<Record> configs = new ArrayList<>();
            configs.add(g.defaults());
            configs.addAll(g.corners());
            for (Record p : configs) tests.add(DynamicTest.dynamicTest(g.name() + " " + p, () -> lintClean(g, p)));
        }
        return tests.stream();
    }

    private void lintClean(Generator<?> g, Record p) throws Exception {
        Design d = Elaborator.elaborate(() -> g.buildUnchecked(p));
        Path dir = Files.createTempDirectory(tmp, g.name());
        DesignWriter.write(d, dir.resolve("out"), g.name(), Generator.values(p));
        for (LintResult r : Lint.run(dir.resolve("out"), dir.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + " on " + g.name() + " " + p + ":\n" + String.join("\n", r.problems()) + "\nlog: " + r.log());
        }
    }
}
