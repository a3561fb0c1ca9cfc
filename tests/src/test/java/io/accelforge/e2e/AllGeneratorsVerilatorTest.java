package io.accelforge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.BuildRequest;
import io.accelforge.sim.build.ModelBuilder;
import io.accelforge.sim.build.PortSpec;
import io.accelforge.sim.tb.Seeds;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered generator, at its defaults and corners, runs in Verilator cycle by cycle
 * against the Java interpreter (itself checked against each block's golden model), on random
 * inputs mixed with edge values (zero, one, all ones, signed minimum and maximum) and
 * occasional resets.
 */
class AllGeneratorsVerilatorTest {
    private static final int CYCLES = 300;

    @TestFactory
    Stream<DynamicTest> everyGeneratorMatchesTheInterpreterInVerilator() {
        long seed = Seeds.next();
        System.out.println("AllGeneratorsVerilatorTest: " + Seeds.describe(seed));
        List<DynamicTest> tests = new ArrayList<>();
        for (Generator<?> g : Registry.load().all()) {
            List<Record> configs = new ArrayList<>();
            configs.add(g.defaults());
            configs.addAll(g.corners());
            for (Record p : configs) tests.add(DynamicTest.dynamicTest(g.name() + " " + p, () -> compare(g, p, seed)));
        }
        return tests.stream();
    }

    private static void compare(Generator<?> g, Record p, long seed) {
        Design d = Elaborator.elaborate(() -> g.buildUnchecked(p));
        List<String> clocks = d.clocks().stream().map(Design.Clock::clock).toList();
        List<String> resets = d.clocks().stream().map(Design.Clock::reset).toList();
        Random rnd = new Random(seed ^ (g.name() + p).hashCode());
        // a quick (-O0, unity) build: a few hundred cycles do not pay back an optimised one
        VerilatorSim sim = VerilatorSim.open(BuildRequest.of(d), SimOptions.defaults().withResets(resets), ModelBuilder.create().quickCompile());
        try (VerilatorSim v = sim; Interpreter j = new Interpreter(d)) {
            List<PortSpec> inputs = v.ports().stream().filter(x -> x.input() && !clocks.contains(x.name())).toList();
            List<PortSpec> outputs = v.ports().stream().filter(x -> !x.input()).toList();
            for (int c = 0; c < CYCLES; c++) {
                for (PortSpec in : inputs) {
                    BigInteger value = resets.contains(in.name()) ? BigInteger.valueOf(c < 2 || rnd.nextInt(32) == 0 ? 1 : 0) : stimulus(in, rnd);
                    v.poke(in.name(), value);
                    j.poke(in.name(), value);
                }
                v.step();
                j.step();
                int cycle = c;
                for (PortSpec out : outputs) {
                    assertEquals(j.peekBig(out.name()), v.peekBig(out.name()),
                            () -> g.name() + " " + p + ": '" + out.name() + "' at cycle " + cycle + " (interpreter expected, Verilator actual; " + Seeds.describe(seed) + ")");
                }
            }
        }
    }

    /** A uniform value one time in two, else an edge value of the port's type. */
    private static BigInteger stimulus(PortSpec p, Random rnd) {
        int w = p.width();
        BigInteger span = BigInteger.ONE.shiftLeft(w);
        BigInteger raw = switch (rnd.nextInt(10)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> BigInteger.ONE;
            case 2 -> span.subtract(BigInteger.ONE);                    // all ones (-1 signed)
            case 3 -> BigInteger.ONE.shiftLeft(w - 1);                  // top bit alone (signed minimum)
            case 4 -> BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE);   // signed maximum
            default -> new BigInteger(w, rnd);
        };
        return p.signed() && raw.testBit(w - 1) ? raw.subtract(span) : raw;
    }
}
