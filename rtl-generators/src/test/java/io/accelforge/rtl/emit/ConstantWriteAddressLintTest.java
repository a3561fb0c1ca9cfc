package io.accelforge.rtl.emit;

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
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memory written only at constant addresses stays a memory for yosys, and reads back what was written. */
class ConstantWriteAddressLintTest {
    @TempDir Path tmp;

    /** Word 1 takes d, word 3 (written as the constant 1 + 2) takes d + 1; q reads word ra. */
    static final class FixedSlots extends Module {
        final Input ra = input(UInt(3)), d = input(UInt(8));
        final Output q = output(UInt(8));

        FixedSlots() {
            Mem m = mem(UInt(8), 8);
            m.write(lit(1, UInt(3)), d);
            m.write(lit(1, UInt(3)).add(lit(2, UInt(3))), d.add(1));
            q.set(m.readAsync(ra));
        }
    }

    @Test void constantWriteAddressesLintClean() throws Exception {
        Design d = Elaborator.elaborate(FixedSlots::new);
        DesignWriter.write(d, tmp.resolve("out"), "fixed-slots", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems().stream().limit(5).toList()) + "\n" + v);
        }
    }

    @Test void eachConstantAddressGetsItsWord() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(FixedSlots::new))) {
            sim.poke("d", 40);
            sim.step();
            sim.poke("ra", 1);
            assertEquals(40, sim.peek("q"), "word 1");
            sim.poke("ra", 3);
            assertEquals(41, sim.peek("q"), "word 3");
            sim.poke("ra", 2);
            assertEquals(0, sim.peek("q"), "word 2 is never written");
        }
    }
}
