package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registers and read ports loaded only under constant conditions keep a driver in yosys:
 * a constant condition, case selector or read enable is named by a wire, so yosys does not
 * fold the assignment away.
 */
class ConstantConditionLintTest {
    @TempDir Path tmp;

    /** r[3:1] is only loaded when false, s[3:2] only in a case its constant selector never takes, q only under a false enable. */
    static final class DeadLoads extends Module {
        final Input d = input(UInt(4));
        final Output y = output(UInt(12));

        DeadLoads() {
            Reg r = reg(UInt(4));
            Reg s = reg(UInt(4));
            when(FALSE(), () -> r.set(d)).otherwise(() -> r.setBit(0, d.bit(0)));
            switchOn(lit(1, UInt(2))).is(2, () -> s.set(d)).otherwise(() -> s.assignBits(1, 0, d.bits(1, 0)));
            Mem m = mem(UInt(4), 4);
            m.write(d.bits(1, 0), d);
            y.set(r.cat(s, m.readSync(d.bits(3, 2), FALSE())));
        }
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(DeadLoads::new);
        DesignWriter.write(d, tmp.resolve("out"), "dead-loads", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems().stream().limit(5).toList()) + "\n" + v);
        }
    }

    @Test void bitsLoadedOnlyUnderAFalseConditionKeepTheirStartValue() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(DeadLoads::new))) {
            sim.poke("d", 0xF);
            sim.step(2);
            assertEquals(0x130, sim.peek("y"), "r = 0001, s = 0011, q = 0000");
        }
    }
}
