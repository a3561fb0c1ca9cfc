package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.TRUE;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A combinational target whose statements read no signal is a continuous assign: an
 * always @(*) block with an empty sensitivity never runs in an event-driven simulator.
 */
class ConstantCombinationalTest {
    @TempDir Path tmp;

    /** y = 5, then y[1:0] = 2 when a constant true condition holds: y is 6. */
    static final class ConstantWhen extends Module {
        final Output y = output(UInt(4));

        ConstantWhen() {
            y.set(5);
            when(TRUE(), () -> y.assignBits(1, 0, lit(2, UInt(2))));
        }
    }

    private static String verilog(Design d) { return d.verilog().values().iterator().next(); }

    @Test void isAContinuousAssignNotAnAlwaysBlock() {
        String v = verilog(Elaborator.elaborate(ConstantWhen::new));
        assertFalse(v.contains("always @(*)"), v);
        assertTrue(v.contains("assign y = "), v);
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(ConstantWhen::new);
        DesignWriter.write(d, tmp.resolve("out"), "constant-when", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + verilog(d));
        }
    }

    @Test void keepsTheValueTheStatementsGive() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(ConstantWhen::new))) {
            assertEquals(6, sim.peek("y"));
        }
    }
}
