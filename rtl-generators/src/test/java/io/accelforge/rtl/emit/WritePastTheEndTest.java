package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.UInt;
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
 * A write to a memory of 13 words at an address that is out of range after inlining, though
 * not a constant in the HCL: it does nothing, and Verilator lints and builds it (5.006 used
 * to stop with an internal error in V3Gate).
 */
class WritePastTheEndTest {
    @TempDir Path tmp;

    /** o is 0 on every path (the last assignment wins), so the parent's address ~o is 255: past the end. */
    static final class AlwaysZero extends Module {
        final Input i = input(UInt(2));
        final Output o = output(UInt(8));

        AlwaysZero() {
            when(i.bit(0), () -> o.set(i.zext(8))).otherwise(() -> o.set(1));
            o.set(0);
        }
    }

    /** Writes d at ~child.o (under en), reads mem[ra] into q; y[0] copies a bit of the address when q[0] is set. */
    static final class PastTheEnd extends Module {
        final Input i = input(UInt(2)), d = input(UInt(31)), ra = input(UInt(4)), en = input(UInt(1));
        final Output y = output(UInt(3));

        PastTheEnd() {
            AlwaysZero child = instance(new AlwaysZero());
            child.i.set(i);
            Mem m = mem(UInt(31), 13);
            Reg q = reg(UInt(31));
            var a = child.o.not();
            when(en, () -> m.write(a.bits(3, 0), d));
            q.set(m.readSync(ra));
            y.set(0);
            when(q.bit(0), () -> y.setBit(0, a.bit(4)));
        }
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(PastTheEnd::new);
        DesignWriter.write(d, tmp.resolve("out"), "past-the-end", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + d.verilog());
        }
    }

    @Test void theWriteChangesNoWord() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(PastTheEnd::new))) {
            sim.poke("en", 1);
            sim.poke("d", 1);
            sim.step();
            for (int a = 0; a < 13; a++) {
                sim.poke("ra", a);
                sim.step(2);
                assertEquals(0, sim.peek("y"), "word " + a + " stays zero");
            }
        }
    }

}
