package io.accelforge.sim;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import io.accelforge.rtl.interp.Interpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison zero-extended into a two-lane write mask enables lane 0 only: lane 1 is
 * neither written nor forwarded to a WRITE_FIRST read of the same word. Verilator 5.006's
 * bit-op-tree optimisation took bit 1 of {1'b0, (sel == 1)} for a comparison of sel shifted
 * right, so the read forwarded data bit 1 whenever sel was 2 (differential fuzz, seed 2026,
 * circuit 5199). Here, not beside the emitter's tests: their harness builds with -fno-expand
 * and no -O3, which hides it; this model is built as the fuzzer builds it.
 */
class ZeroExtendedComparisonMaskTest {

    /** The fuzzer's circuit: two words of two bits, a masked write at address 0, a sync read at sel[0]. */
    static final class MaskFromComparison extends Module {
        final Input sel = input(UInt(2)), data = input(UInt(2));
        final Output word = output(UInt(2));

        MaskFromComparison() {
            Mem m = mem(UInt(2), 2).readUnderWrite(ReadUnderWrite.WRITE_FIRST);
            word.set(m.readSync(sel.bit(0)));
            m.write(Bool().lit(0), data, sel.eq(1).zext(2));
        }
    }

    /** Inputs sel, data per cycle. */
    private static final long[][] VECTORS = {{1, 3}, {2, 2}, {0, 3}, {2, 0}, {2, 3}, {1, 0}, {2, 2}, {3, 3}, {0, 0}};
    // the word read out before each clock edge: sel 1 writes data[0] into lane 0 of word 0 and
    // reads word 1 (never written); sel 0 or 2 reads word 0, and no write is under way then
    private static final long[] EXPECTED = {0, 0, 1, 1, 1, 1, 0, 0, 0};

    @Test void verilatorAndTheInterpreterWriteAndForwardOnlyTheLaneTheComparisonEnables() {
        Design d = Elaborator.elaborate(MaskFromComparison::new);
        try (VerilatorSim v = VerilatorSim.open(d, SimOptions.defaults().withResets(List.of())); Interpreter j = new Interpreter(d)) {
            for (int cycle = 0; cycle < VECTORS.length; cycle++) {
                v.poke("sel", VECTORS[cycle][0]); j.poke("sel", VECTORS[cycle][0]);
                v.poke("data", VECTORS[cycle][1]); j.poke("data", VECTORS[cycle][1]);
                String where = "cycle " + cycle + " in\n" + d.verilog().get("MaskFromComparison");
                assertEquals(EXPECTED[cycle], j.peek("word"), "interpreter: " + where);
                assertEquals(EXPECTED[cycle], v.peek("word"), "Verilator: " + where);
                v.step();
                j.step();
            }
        }
    }
}
