package io.accelforge.sim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.fuzz.Circuit;
import io.accelforge.rtl.fuzz.CircuitGenerator;
import io.accelforge.sim.build.ModelBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against an interpreter that builds every XOR as an OR, the fuzzer finds a difference and
 * shrinks the circuit to a few statements around an XOR, printed as Java and Verilog.
 */
class ShrinkerTest {
    private static final ModelBuilder QUICK = ModelBuilder.create(line -> { }).quickCompile();
    private static final CircuitGenerator.Config SMALL = new CircuitGenerator.Config(6, 14, 0, 0);
    private static final long RESET_SEED = 5;

    /** The first of a few small circuits with an XOR that the wrong reference gets wrong. */
    private static Object[] firstMismatch(BatchRunner runner) {
        List<FuzzCase> cases = new ArrayList<>();
        for (long seed = 0; cases.size() < 16; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "x" + seed, SMALL);
            if (Mutants.hasXor(c)) cases.add(new FuzzCase(c, seed));
        }
        List<Outcome> outcomes = runner.run("xor_as_or", cases);
        for (int i = 0; i < cases.size(); i++) if (outcomes.get(i) instanceof Outcome.Mismatch) return new Object[] {cases.get(i), outcomes.get(i)};
        throw new AssertionError("no mismatch against XOR-as-OR in 16 circuits with an XOR: " + outcomes);
    }

    @Test void shrinksAnInjectedMismatchToASmallReproducer() {
        BatchRunner runner = new BatchRunner(40, RESET_SEED, QUICK, Mutants.XOR_AS_OR);
        Object[] found = firstMismatch(runner);
        FuzzCase failing = (FuzzCase) found[0];
        Shrinker.Result r = new Shrinker(runner, System.out::println).shrink(failing, (Outcome) found[1]);
        Circuit small = r.fuzzCase().circuit();

        assertInstanceOf(Outcome.Mismatch.class, r.outcome());
        assertTrue(Mutants.hasXor(small), "the XOR that differs stays:\n" + small);
        assertTrue(small.nodes().size() <= 4 && small.outputs().size() == 1 && small.inputs().size() <= 2,
                "small: at most 4 nodes, one output, two inputs; got\n" + small);
        assertTrue(small.size() < failing.circuit().size() / 3, "sizes " + failing.circuit().size() + " -> " + small.size());

        Reproducer rep = Reproducer.of(0, 0, RESET_SEED, r);
        assertTrue(rep.java().contains(".xor("), rep.java());
        assertTrue(rep.report().contains("First difference at cycle " + ((Outcome.Mismatch) r.outcome()).cycle()), rep.report());
        assertTrue(rep.verilog().values().stream().anyMatch(v -> v.contains(" ^ ")), "the Verilog has the XOR:\n" + rep.verilog());
    }

    @Test void theShrunkCircuitPassesAgainstTheTrueInterpreter() {
        BatchRunner wrong = new BatchRunner(40, RESET_SEED, QUICK, Mutants.XOR_AS_OR);
        Object[] found = firstMismatch(wrong);
        Shrinker.Result r = new Shrinker(wrong, line -> { }).shrink((FuzzCase) found[0], (Outcome) found[1]);
        BatchRunner right = new BatchRunner(r.cycles(), RESET_SEED, QUICK);
        assertEquals(List.of(new Outcome.Pass()), right.run("xor_true", List.of(r.fuzzCase())));
    }
}
