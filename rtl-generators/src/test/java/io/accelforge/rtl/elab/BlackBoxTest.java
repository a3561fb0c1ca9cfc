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
import io.accelforge.rtl.testing.Elab;
import io.accelforge.rtl.testing.Elab.Failure;
import io.accelforge.rtl.testing.Here;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.VerilatorHarness;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        Manifest m = DesignWriter.write(Elaborator.elaborate(TwoDelays::new), out, "test", Map.of());
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

    /** A black box with a given Verilog name and one source file of a given name and text. */
    static final class Ext extends BlackBox {
        final Input d;
        final Output q;

        Ext(String verilogName, String file, String text) {
            super(verilogName);
            d = input(UInt(1));
            q = output(UInt(1));
            source(file, text);
        }
    }

    /** A generated module called Shadow. */
    static final class Shadow extends Module {
        final Input d = input(UInt(1));
        final Output q = output(UInt(1));

        Shadow() { q.set(d); }
    }

    /** Two children, each fed from x, their outputs xor-ed into y. */
    static final class Pair extends Module {
        final Input x = input(UInt(1));
        final Output y = output(UInt(1));
        final int firstAt, secondAt;

        Pair(Supplier<Module> first, Supplier<Module> second) {
            Module a = instance(first.get()); firstAt = Here.line();
            Module b = instance(second.get()); secondAt = Here.line();
            Input ad = (Input) a.body().ports().get(0), bd = (Input) b.body().ports().get(0);
            ad.set(x);
            bd.set(x);
            y.set(((Output) a.body().ports().get(1)).xor((Output) b.body().ports().get(1)));
        }

        @Override public String moduleName() { return "Pair"; }
    }

    private static Failure<Pair> pairFailing(Supplier<Module> a, Supplier<Module> b) {
        return Elab.failing(() -> new Pair(a, b));
    }

    @Test void aBlackBoxSourceNamedLikeAGeneratedFileIsRefused() {
        var f = pairFailing(Shadow::new, () -> new Ext("Helper", "Pair.v", "module Helper; endmodule\n"));
        assertEquals("error: name collision at BlackBoxTest.java:" + f.top().secondAt
                        + ": black-box source 'Pair.v' of Helper has the name of the generated file of module 'Pair'",
                f.only().toString().lines().findFirst().orElseThrow());
    }

    @Test void twoBlackBoxesGivingOneFileDifferentTextsAreRefused() {
        var f = pairFailing(() -> new Ext("A", "lib.v", "module A; endmodule\n"), () -> new Ext("B", "lib.v", "module B; endmodule\n"));
        assertEquals("error: name collision at BlackBoxTest.java:" + f.top().secondAt + ": black-box source 'lib.v' is given two different texts"
                + " (the other by A built at BlackBoxTest.java:" + f.top().firstAt + ")", f.only().toString().lines().findFirst().orElseThrow());
    }

    @Test void twoBlackBoxesSharingOneSourceFileWithTheSameTextAreFine() {
        String lib = "module A; endmodule\nmodule B; endmodule\n";
        Design d = Elaborator.elaborate(() -> new Pair(() -> new Ext("A", "lib.v", lib), () -> new Ext("B", "lib.v", lib)));
        assertEquals(Map.of("lib.v", lib), d.externalSources(), "external sources");
    }

    @Test void aBlackBoxNamedLikeAGeneratedModuleIsRefusedWhicheverComesFirst() {
        var f = pairFailing(Shadow::new, () -> new Ext("Shadow", "Shadow_ext.v", "module Shadow; endmodule\n"));
        assertEquals("error: name collision at BlackBoxTest.java:" + f.top().secondAt + ": black box 'Shadow' has the name of a generated module"
                + " (built at BlackBoxTest.java:" + f.top().firstAt + ")", f.only().toString().lines().findFirst().orElseThrow());
        var g = pairFailing(() -> new Ext("Shadow", "Shadow_ext.v", "module Shadow; endmodule\n"), Shadow::new);
        assertEquals("error: name collision at BlackBoxTest.java:" + g.top().secondAt + ": two different modules are named 'Shadow'"
                + " (the other is built at BlackBoxTest.java:" + g.top().firstAt + ")", g.only().toString().lines().findFirst().orElseThrow());
    }

    @Test void theInterpreterRefusesABlackBoxNamingItAndWhereItIs() {
        SimException e = assertThrows(SimException.class, () -> new Interpreter(Elaborator.elaborate(TwoDelays::new)));
        assertEquals("black box Delay (TwoDelays.d8) has no Java model; simulate the design with Verilator instead", e.getMessage());
    }
}
