package io.accelforge.rtl.elab;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.accelforge.rtl.blocks.arith.AdderParams;
import io.accelforge.rtl.blocks.arith.RippleAdder;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.ExprForest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What elaboration produces: the same Verilog every time, one module per distinct body, instance paths. */
class ElaborationTest {
    @Test void twoElaborationsOfEveryGeneratorGiveByteIdenticalVerilog() {
        for (Generator<?> g : Registry.load().all()) {
            List<Record> configs = new ArrayList<>();
            configs.add(g.defaults());
            configs.addAll(g.corners());
            for (Record p : configs) {
                Map<String, String> first = Elaborator.elaborate(() -> g.buildUnchecked(p)).verilog();
                Map<String, String> second = Elaborator.elaborate(() -> g.buildUnchecked(p)).verilog();
                assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()), "module order of " + g.name() + " " + p);
                for (String m : first.keySet()) assertEquals(first.get(m), second.get(m), "Verilog of " + m + " from " + g.name() + " " + p);
            }
        }
    }

    @Test void twoElaborationsOfARandomDesignGiveByteIdenticalVerilog() {
        String first = Elaborator.elaborate(() -> new ExprForest(42, 12, 60, 4)).verilog().get("ExprForest");
        String second = Elaborator.elaborate(() -> new ExprForest(42, 12, 60, 4)).verilog().get("ExprForest");
        assertEquals(first, second, "Verilog of ExprForest(seed 42) elaborated twice");
    }

    static final class TwoAdders extends Module {
        final Input a = input(UInt(16)), b = input(UInt(16));
        final Output y = output(UInt(16));
        final RippleAdder lo, hi;

        TwoAdders(int loWidth, int hiWidth) {
            lo = instance(new RippleAdder(new AdderParams(loWidth)));
            hi = instance(new RippleAdder(new AdderParams(hiWidth)));
            lo.a.set(a.trunc(loWidth));
            lo.b.set(b.trunc(loWidth));
            lo.cin.set(0);
            hi.a.set(a.trunc(hiWidth));
            hi.b.set(b.trunc(hiWidth));
            hi.cin.set(lo.cout);
            y.set(lo.sum.zext(16).xor(hi.sum.zext(16)));
        }

        @Override public String moduleName() { return "TwoAdders"; }
    }

    @Test void instancesWithEqualParametersShareOneVerilogModule() {
        Design d = Elaborator.elaborate(() -> new TwoAdders(8, 8));
        assertEquals(List.of("RippleAdder_width8", "TwoAdders"), List.copyOf(d.verilog().keySet()), "modules, leaves first");
    }

    @Test void instancesWithDifferentParametersGetOneVerilogModuleEach() {
        Design d = Elaborator.elaborate(() -> new TwoAdders(8, 12));
        assertEquals(List.of("RippleAdder_width8", "RippleAdder_width12", "TwoAdders"), List.copyOf(d.verilog().keySet()), "modules, leaves first");
        assertNotEquals(d.verilog().get("RippleAdder_width8"), d.verilog().get("RippleAdder_width12"), "the two adders' Verilog");
    }

    @Test void everyInstanceHasAPathOfInstanceNamesAndTheInterpreterReachesItsSignals() {
        Design d = Elaborator.elaborate(() -> new TwoAdders(4, 4));
        List<String> paths = d.modules().stream().map(d::path).toList();
        assertEquals(List.of("TwoAdders", "TwoAdders.lo", "TwoAdders.hi"), paths, "instance paths, parents first");
        Interpreter sim = new Interpreter(d);
        sim.poke("a", 9);
        sim.poke("b", 8);
        assertEquals(BigInteger.ONE, sim.peekInternal("lo.cout"), "carry out of the low adder for 9 + 8 in 4 bits");
        assertEquals(BigInteger.TWO, sim.peekInternal("hi.sum"), "sum of the high adder for 9 + 8 + carry 1 in 4 bits (18 mod 16)");
    }
}
