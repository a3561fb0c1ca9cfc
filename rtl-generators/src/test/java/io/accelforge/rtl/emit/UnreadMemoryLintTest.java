package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memory that is written but never read goes to the unused sink, like an unread signal does. */
class UnreadMemoryLintTest {
    @TempDir Path tmp;

    /** Writes a log nobody reads (yet): only d passes through. */
    static final class WriteOnlyLog extends Module {
        final Input a = input(UInt(2)), d = input(UInt(8));
        final Output y = output(UInt(8));

        WriteOnlyLog() {
            Mem log = mem(UInt(8), 4);
            log.write(a, d);
            y.set(d);
        }
    }

    @Test void lintsClean() throws Exception {
        Design d = Elaborator.elaborate(WriteOnlyLog::new);
        DesignWriter.write(d, tmp.resolve("out"), "write-only-log", Map.of());
        String v = d.verilog().values().iterator().next();
        assertTrue(v.contains("mem_0[0]"), "word 0 of the unread memory is in the sink:\n" + v);
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }
}
