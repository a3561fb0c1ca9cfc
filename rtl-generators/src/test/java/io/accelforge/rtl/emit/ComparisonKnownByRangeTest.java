package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsigned comparisons that the operand's range decides are emitted as their constant result. */
class ComparisonKnownByRangeTest {
    @TempDir Path tmp;

    /** Eight comparisons of a 4-bit x against 0, 15 and, zero-extended, 15 and 16, both ways round, and one that depends on x. */
    static final class EdgeComparisons extends Module {
        final Input x = input(UInt(4));
        final Output y = output(UInt(9));

        EdgeComparisons() {
            y.set(cat(x.ge(0), x.lt(0), x.le(15), x.gt(15), x.zext(5).lt(16), x.zext(5).le(15),
                    lit(0, UInt(4)).gt(x), lit(15, UInt(4)).ge(x), x.ge(15)));
        }
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(EdgeComparisons::new);
        DesignWriter.write(d, tmp.resolve("out"), "edge-comparisons", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }

    @Test void giveTheSameResultsAsComparing() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(EdgeComparisons::new))) {
            for (int x = 0; x < 16; x++) {
                sim.poke("x", x);
                assertEquals(0b101011010 | (x == 15 ? 1 : 0), sim.peek("y"), "x = " + x);
            }
        }
    }
}
