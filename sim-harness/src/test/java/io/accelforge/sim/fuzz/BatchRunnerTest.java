package io.accelforge.sim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.fuzz.CircuitGenerator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.sim.build.ModelBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A packed batch: one failing circuit is reported alone, and the others still run and pass. */
class BatchRunnerTest {
    private static final ModelBuilder QUICK = ModelBuilder.create(line -> { }).quickCompile();
    private static final CircuitGenerator.Config SMALL = new CircuitGenerator.Config(4, 10, 0, 0);

    @Test void aCircuitTheReferenceCannotRunIsReportedAloneAndTheOthersStillPass() {
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) cases.add(new FuzzCase(CircuitGenerator.generate(100 + i, "iso" + i, SMALL), i));
        BatchRunner.Reference failsOnIso2 = (d, name, circuits) -> {
            if (circuits.stream().anyMatch(c -> c.name().equals("iso2"))) throw new IllegalStateException("cannot simulate iso2");
            return new Interpreter(d);
        };
        List<Outcome> out = new BatchRunner(30, 1, QUICK, failsOnIso2).run("isolate", cases);
        Outcome.Crash crash = assertInstanceOf(Outcome.Crash.class, out.get(2));
        assertEquals("interpreter", crash.stage());
        assertTrue(crash.message().contains("cannot simulate iso2"), crash.message());
        for (int i : new int[] {0, 1, 3}) assertEquals(new Outcome.Pass(), out.get(i), "circuit " + i);
    }
}
