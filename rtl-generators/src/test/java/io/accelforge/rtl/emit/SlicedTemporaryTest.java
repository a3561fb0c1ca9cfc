package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A temporary that is only bit-selected must report its unread bits, like a named wire does. */
class SlicedTemporaryTest {
    @TempDir Path tmp;

    /** y = {s[3], s[0]} with s = a + b read twice (so it becomes a temporary); s[2:1] is never read. */
    static final class EndsOfSum extends Module {
        final Input a = input(UInt(4)), b = input(UInt(4));
        final Output y = output(UInt(2));

        EndsOfSum() {
            Value s = a.add(b);
            y.set(cat(s.bit(3), s.bit(0)));
        }
    }

    @Test
    void unreadBitsOfASlicedTemporaryGoToTheUnusedSink() throws Exception {
        Design d = Elaborator.elaborate(EndsOfSum::new);
        String v = d.verilog().values().iterator().next();
        assertTrue(v.contains("_unused_ok") && v.contains("y_add[2:1]"), "the unread bits y_add[2:1] should be gathered:\n" + v);
        DesignWriter.write(d, tmp.resolve("out"), "ends-of-sum", Map.of());
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }
}
