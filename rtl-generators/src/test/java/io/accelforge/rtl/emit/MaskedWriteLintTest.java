package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
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
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A masked write with a one-bit mask writes the whole word, also when words are one bit wide. */
class MaskedWriteLintTest {
    @TempDir Path tmp;

    /** Bits of a 1-bit-word memory written under a one-lane mask, read back asynchronously. */
    static final class BitMemory extends Module {
        final Input addr = input(UInt(2)), data = input(Bool()), mask = input(Bool());
        final Output q = output(Bool());

        BitMemory() {
            Mem m = mem(Bool(), 4);
            m.write(addr, data, mask);
            q.set(m.readAsync(addr));
        }
    }

    @Test void aOneLaneMaskOnOneBitWordsLintsClean() throws Exception {
        Design d = Elaborator.elaborate(BitMemory::new);
        DesignWriter.write(d, tmp.resolve("out"), "bit-memory", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }

    @Test void theMaskAloneDecidesWhetherTheWordIsWritten() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(BitMemory::new))) {
            sim.poke("addr", 2);
            sim.poke("data", 1);
            sim.poke("mask", 0);
            sim.step();
            assertEquals(0, sim.peek("q"), "mask 0 keeps the word");
            sim.poke("mask", 1);
            sim.step();
            assertEquals(1, sim.peek("q"), "mask 1 writes it");
        }
    }
}
