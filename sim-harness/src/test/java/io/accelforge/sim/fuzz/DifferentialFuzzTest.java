package io.accelforge.sim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.sim.build.ModelBuilder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CI-sized fuzz run: a few hundred random circuits, one Verilator build, no difference in any cycle. */
class DifferentialFuzzTest {
    private static final long SEED = 20_251_126L;

    @Test void twoHundredFortyRandomCircuitsAgreeEveryCycleInTheInterpreterAndVerilator() {
        DifferentialFuzzer.Settings s = new DifferentialFuzzer.Settings(240, SEED, 64, 240);
        DifferentialFuzzer.Summary sum = new DifferentialFuzzer(ModelBuilder.create(line -> { }).quickCompile()).run(s, p -> { });
        String failures = sum.failures().stream()
                .map(f -> "circuit " + f.index() + ": " + f.outcome() + " (replay: forge fuzz --seed " + SEED + " --circuits " + (f.index() + 1) + ")")
                .collect(Collectors.joining("\n"));
        assertTrue(sum.failures().isEmpty(), failures);
        assertEquals(240 * 64, sum.cycles());
        System.out.printf("fuzz seed %d: %d circuits x %d cycles in %.1f s (build %.1f s)%n", SEED, sum.circuits(), s.cycles(), sum.seconds(), sum.buildSeconds());
    }

    @Test void circuitIOfASeedIsTheSameWhateverTheBatch() {
        assertEquals(DifferentialFuzzer.caseOf(SEED, 17), DifferentialFuzzer.caseOf(SEED, 17));
        assertEquals("f" + SEED + "_17", DifferentialFuzzer.caseOf(SEED, 17).circuit().name());
    }
}
