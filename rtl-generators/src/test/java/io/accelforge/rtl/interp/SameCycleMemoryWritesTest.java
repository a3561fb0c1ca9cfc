package io.accelforge.rtl.interp;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import org.junit.jupiter.api.Test;

/** Writes to one word in the same cycle apply in statement order, bit by bit, as Verilog's nonblocking writes do. */
class SameCycleMemoryWritesTest {
    /** mem[a] = d, then the lanes of mask set from e (two 4-bit lanes); q reads mem[a]. */
    static final class WholeThenMasked extends Module {
        final Input a = input(UInt(1)), d = input(UInt(8)), e = input(UInt(8)), mask = input(UInt(2));
        final Output q = output(UInt(8));

        WholeThenMasked() {
            Mem m = mem(UInt(8), 2);
            m.write(a, d);
            m.write(a, e, mask);
            q.set(m.readAsync(a));
        }
    }

    private static long afterOneEdge(long mask) {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(WholeThenMasked::new))) {
            sim.poke("d", 0x12);
            sim.poke("e", 0xAB);
            sim.poke("mask", mask);
            sim.step();
            return sim.peek("q");
        }
    }

    @Test void aMaskedWriteWithNoLaneLeavesTheEarlierWrite() { assertEquals(0x12, afterOneEdge(0b00)); }

    @Test void aMaskedWriteReplacesOnlyItsLanesOfTheEarlierWrite() {
        assertEquals(0x1B, afterOneEdge(0b01), "low lane from e");
        assertEquals(0xA2, afterOneEdge(0b10), "high lane from e");
    }

    @Test void aMaskedWriteWithEveryLaneWins() { assertEquals(0xAB, afterOneEdge(0b11)); }
}
