package io.accelforge.sim;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import org.junit.jupiter.api.Test;

/**
 * A negative value poked into an SInt port sets only the port's own bits: Verilator's code
 * assumes nothing above a port's width, so a sign-extended byte would leak into wider logic.
 * Found by the differential fuzzer (seed 20251126, circuit 20).
 */
class NegativePokeTest {
    /** y = {1'b0, i, 10'b0}: the 4-bit input placed in bits 13..10 of a 15-bit output. */
    static final class Placed extends Module {
        final Input i = input(SInt(4));
        final Output y = output(UInt(15));

        Placed() {
            y.set(UInt(15).lit(0));
            y.assignBits(13, 10, i.asUInt());
        }
    }

    @Test void aNegativeSIntSetsOnlyThePortsOwnBits() {
        try (VerilatorSim v = VerilatorSim.open(Elaborator.elaborate(Placed::new))) {
            for (long x = -8; x < 8; x++) {
                v.poke("i", x);
                assertEquals((x & 0xF) << 10, v.peek("y"), "i = " + x);
                v.handle("i").poke(x);
                assertEquals((x & 0xF) << 10, v.handle("y").peek(), "i = " + x + " through a handle");
            }
        }
    }
}
