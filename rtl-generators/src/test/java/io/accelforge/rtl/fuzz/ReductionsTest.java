package io.accelforge.rtl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shrinker's building blocks: each reduction makes a circuit smaller, dead code removal keeps what outputs see. */
class ReductionsTest {
    @Test void everyReductionIsSmallerAndTheyComeSmallestFirst() {
        for (long seed = 0; seed < 10; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "r" + seed);
            List<Circuit> rs = Reductions.of(c, Types.of(c));
            assertFalse(rs.isEmpty(), "seed " + seed + " has reductions");
            for (int i = 0; i < rs.size(); i++) {
                assertTrue(rs.get(i).size() < c.size(), "seed " + seed + " reduction " + i);
                if (i > 0) assertTrue(rs.get(i - 1).size() <= rs.get(i).size(), "seed " + seed + ": sorted at " + i);
            }
        }
    }

    @Test void reductionsOfASubCircuitKeepItsPorts() {
        for (long seed = 0; seed < 60; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "r" + seed);
            for (Circuit r : Reductions.of(c, Types.of(c))) {
                for (int i = 0; i < Math.min(c.subs().size(), r.subs().size()); i++) {
                    if (!r.subs().get(i).name().equals(c.subs().get(i).name())) continue;
                    assertEquals(c.subs().get(i).inputs(), r.subs().get(i).inputs(), "seed " + seed);
                    assertEquals(c.subs().get(i).outputs(), r.subs().get(i).outputs(), "seed " + seed);
                }
            }
        }
    }

    /** Both circuits run in the interpreter with the same random inputs (by port id) and resets; every output must agree. */
    private static void assertSameOutputs(Circuit a, Circuit b, long seed) {
        try (Interpreter x = new Interpreter(Elaborator.elaborate(() -> new FuzzTop("a", List.of(a))));
             Interpreter y = new Interpreter(Elaborator.elaborate(() -> new FuzzTop("b", List.of(b))))) {
            Random rnd = new Random(seed);
            for (int cycle = 0; cycle < 40; cycle++) {
                long rst = cycle == 0 || rnd.nextInt(10) == 0 ? 1 : 0;
                x.poke("rst", rst);
                y.poke("rst", rst);
                for (Circuit.Port p : a.inputs()) {
                    BigInteger v = io.accelforge.rtl.fuzz.Coerce.valueOf(new BigInteger(p.type().width(), rnd), p.type());
                    String name = FuzzTop.inputName(0, p.id());
                    x.poke(name, v);
                    if (b.inputs().contains(p)) y.poke(name, v);
                }
                if (a.needsAsyncDomain()) x.poke("arst", 0);
                if (b.needsAsyncDomain()) y.poke("arst", 0);
                for (Circuit.Port p : a.outputs()) {
                    String name = FuzzTop.outputName(0, p.id());
                    assertEquals(x.peekBig(name), y.peekBig(name), "seed " + seed + ", output " + name + ", cycle " + cycle);
                }
                x.step();
                y.step();
            }
        }
    }

    @Test void deadCodeRemovalKeepsEveryOutputTheSame() {
        for (long seed = 0; seed < 40; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "d" + seed);
            Circuit live = DeadCode.remove(c);
            assertTrue(live.size() <= c.size(), "seed " + seed);
            assertSameOutputs(c, live, seed);
        }
    }

    @Test void deadCodeRemovalDropsAnInputNoOutputNeeds() {
        Circuit c = CircuitGenerator.generate(3, "d3");
        Circuit.Port unused = new Circuit.Port(10_000, new io.accelforge.rtl.hcl.HwType(5, false));
        List<Circuit.Port> ins = new java.util.ArrayList<>(c.inputs());
        ins.add(unused);
        Circuit withUnused = new Circuit(c.name(), ins, c.outputs(), c.nodes(), c.body(), c.subs());
        assertFalse(DeadCode.remove(withUnused).inputs().contains(unused));
        assertTrue(DeadCode.removeKeepingInputs(withUnused).inputs().contains(unused));
    }

}
