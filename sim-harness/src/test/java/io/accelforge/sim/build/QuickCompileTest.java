package io.accelforge.sim.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A quick (unoptimised C++) build is a model of its own in the cache, and simulates the same design. */
class QuickCompileTest {
    private static final Design GRID = Elaborator.elaborate(() -> new MacGrid(new MacGridParams(2, 2, 8, 24)));
    private static final ModelBuilder QUIET = ModelBuilder.create(line -> { });

    @Test void isCachedApartFromTheOptimisedBuild() {
        BuildRequest req = BuildRequest.of(GRID);
        assertNotEquals(QUIET.build(req).key(), QUIET.quickCompile().build(req).key());
    }

    @Test void runsCycleForCycleLikeTheInterpreter() {
        Random rnd = new Random(7);
        SimOptions opts = SimOptions.defaults().withResets(List.of("rst"));
        try (VerilatorSim v = VerilatorSim.open(BuildRequest.of(GRID), opts, QUIET.quickCompile()); Interpreter j = new Interpreter(GRID)) {
            v.reset(1);
            j.reset(1);
            for (int c = 0; c < 200; c++) {
                for (int i = 0; i < 2; i++) {
                    long a = rnd.nextInt(256) - 128, b = rnd.nextInt(256) - 128;
                    v.poke("aIn_" + i, a); j.poke("aIn_" + i, a);
                    v.poke("bIn_" + i, b); j.poke("bIn_" + i, b);
                }
                v.poke("en", 1); j.poke("en", 1);
                v.step();
                j.step();
                for (int k = 0; k < 4; k++) assertEquals(j.peek("acc_" + k), v.peek("acc_" + k), "acc_" + k + " at cycle " + c);
            }
        }
    }
}
