package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.lint.Lint;
import io.accelforge.rtl.lint.LintResult;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shifts by amounts wider than 32 bits, constant or not, build in Verilator and shift everything out when a high bit is set. */
class WideShiftAmountTest {
    @TempDir Path tmp;

    /** x shifted by the constant 2^32 (left, right, arithmetic right) and by the 40-bit input s. */
    static final class WideShifts extends Module {
        final Input x = input(SInt(8)), s = input(UInt(40));
        final Output byConstant = output(UInt(24)), bySignal = output(UInt(24));

        WideShifts() {
            Value k = lit(BigInteger.ONE.shiftLeft(32), UInt(40));
            byConstant.set(x.asUInt().shlWrap(k).cat(x.asUInt().shr(k), x.shr(k).asUInt()));
            bySignal.set(x.asUInt().shlWrap(s).cat(x.asUInt().shr(s), x.shr(s).asUInt()));
        }
    }

    @Test void lintsCleanSoVerilatorBuildsIt() throws Exception {
        Design d = Elaborator.elaborate(WideShifts::new);
        DesignWriter.write(d, tmp.resolve("out"), "wide-shifts", Map.of());
        String v = d.verilog().values().iterator().next();
        for (LintResult r : Lint.run(tmp.resolve("out"), tmp.resolve("logs"))) {
            assertTrue(r.passed(), r.tool() + ":\n" + String.join("\n", r.problems()) + "\n" + v);
        }
    }

    @Test void aHighAmountBitShiftsEverythingOutAndKeepsTheSignOfAnArithmeticShift() {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(WideShifts::new))) {
            sim.poke("x", -128);
            assertEquals(0x0000FF, sim.peek("byConstant"), "x << 2^32, x >> 2^32 give 0; x >>> 2^32 gives all sign bits");
            sim.poke("s", BigInteger.ONE.shiftLeft(32).add(BigInteger.ONE));
            assertEquals(0x0000FF, sim.peek("bySignal"), "amount 2^32 + 1");
            sim.poke("s", 1);
            assertEquals(0x0040C0, sim.peek("bySignal"), "amount 1: 0x00, 0x40, 0xC0");
        }
    }
}
