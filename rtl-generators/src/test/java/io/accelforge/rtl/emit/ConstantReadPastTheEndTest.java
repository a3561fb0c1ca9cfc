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

/** Reads at a constant address past the end of a memory give zero, in the interpreter and in the lint-clean Verilog. */
class ConstantReadPastTheEndTest {
    @TempDir Path tmp;

    /** Five words, every one written with d; word 6 read asynchronously, word 7 (the low bits of 15) synchronously. */
    static final class PastTheEnd extends Module {
        final Input wa = input(UInt(3)), d = input(UInt(8));
        final Output async = output(UInt(8)), sync = output(UInt(8));

        PastTheEnd() {
            Mem m = mem(UInt(8), 5);
            m.write(wa, d);
            async.set(m.readAsync(lit(6, UInt(3))));
            sync.set(m.readSync(lit(15, UInt(4)).trunc(3)));
        }
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(PastTheEnd::new);
        DesignWriter.write(d, tmp.resolve("out"), "past-the-end", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }

    @Test void readsZeroWhateverIsWritten() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(PastTheEnd::new))) {
            sim.poke("d", 99);
            for (int a = 0; a < 8; a++) {
                sim.poke("wa", a);
                sim.step();
            }
            assertEquals(0, sim.peek("async"));
            assertEquals(0, sim.peek("sync"));
        }
    }
}
