package io.accelforge.rtl.elab;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.VerilatorHarness;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External Verilog as a black box: instantiated with its Verilog parameters, its source written beside the design. */
class BlackBoxTest {
    @TempDir Path tmp;

    static final String DELAY_V = """
            `default_nettype none
            module Delay #(parameter W = 1) (
                input  wire         clk,
                input  wire         rst,
                input  wire [W-1:0] d,
                output reg  [W-1:0] q
            );
                always @(posedge clk) q <= rst ? {W{1'b0}} : d;
            endmodule
            `default_nettype wire
            """;

    /** A W-bit register written in Verilog. */
    static final class Delay extends BlackBox {
        final Input d;
        final Output q;

        Delay(int w) {
            super("Delay");
            clockDomain();
            d = input(UInt(w));
            q = output(UInt(w));
            verilogParameter("W", w);
            source("Delay.v", DELAY_V);
        }
    }

    static final class TwoDelays extends Module {
        final Input x = input(UInt(8));
        final Output y = output(UInt(8)), z = output(UInt(3));
        final Delay d8, d3;

        TwoDelays() {
            d8 = instance(new Delay(8));
            d3 = instance(new Delay(3));
            d8.d.set(x);
            d3.d.set(x.bits(7, 5));
            y.set(d8.q);
            z.set(d3.q);
        }
    }

    @Test void aBlackBoxIsInstantiatedWithItsVerilogParametersAndNotEmitted() {
        Design d = Elaborator.elaborate(TwoDelays::new);
        assertEquals(List.of("TwoDelays"), List.copyOf(d.verilog().keySet()), "emitted modules (the black box is external)");
        String top = d.verilog().get("TwoDelays");
        assertTrue(top.contains("Delay #(.W(8)) d8 ("), "instance of Delay with W=8 in:\n" + top);
        assertTrue(top.contains("Delay #(.W(3)) d3 ("), "instance of Delay with W=3 in:\n" + top);
    }

    @Test void theBlackBoxSourceIsWrittenBesideTheGeneratedFilesAndListedInTheManifest() throws Exception {
        Path out = tmp.resolve("out");
        Manifest m = DesignWriter.write(Elaborator.elaborate(TwoDelays::new), out, "test", java.util.Map.of());
        assertEquals(List.of("TwoDelays.v", "Delay.v"), m.files(), "manifest files");
        assertEquals(DELAY_V, Files.readString(out.resolve("Delay.v")), "Delay.v as given to source()");
    }

    @Test void aDesignWithABlackBoxLintsClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(TwoDelays::new), tmp);
    }

    @Test void theBlackBoxRunsInVerilatorWithTheParameterItWasGiven() throws Exception {
        VerilatorHarness h = VerilatorHarness.build(Elaborator.elaborate(TwoDelays::new), tmp);
        List<BigInteger[]> vectors = new ArrayList<>();
        int[] xs = {0xa5, 0xff, 0x3c, 0x81};
        for (int x : xs) vectors.add(new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(x)});   // rst, x
        List<BigInteger[]> out = h.run(vectors);
        for (int i = 1; i < xs.length; i++) {
            assertEquals(BigInteger.valueOf(xs[i - 1]), out.get(i)[0], "y one cycle after x=" + xs[i - 1] + " (8-bit Delay)");
            assertEquals(BigInteger.valueOf(xs[i - 1] >> 5), out.get(i)[1], "z one cycle after x=" + xs[i - 1] + " (3-bit Delay of x[7:5])");
        }
    }

    @Test void theInterpreterRefusesABlackBoxNamingItAndWhereItIs() {
        SimException e = assertThrows(SimException.class, () -> new Interpreter(Elaborator.elaborate(TwoDelays::new)));
        assertEquals("black box Delay (TwoDelays.d8) has no Java model; simulate the design with Verilator instead", e.getMessage());
    }
}
