package io.accelforge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.bench.TwoRegisters;
import io.accelforge.sim.build.BuildRequest;
import io.accelforge.sim.build.BuiltModel;
import io.accelforge.sim.build.ModelBuilder;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BuildCacheTest {
    /** A design no earlier run has cached. */
    private static BuildRequest fresh() {
        long salt = System.nanoTime();
        Design d = Elaborator.elaborate(() -> new TwoRegisters(salt));
        return BuildRequest.of(d);
    }

    @Test void aSecondBuildOfTheSameDesignIsACacheHit() {
        ModelBuilder b = ModelBuilder.create(line -> { });
        BuildRequest req = fresh();
        BuiltModel first = b.build(req);
        BuiltModel second = b.build(req);
        assertTrue(first.built());
        assertFalse(second.built());
        assertEquals(first.library(), second.library());
    }

    @Test void concurrentBuildsOfOneDesignBuildItOnceAndAllLoad() throws Exception {
        BuildRequest req = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<BuiltModel>> fs = new ArrayList<>();
            for (int i = 0; i < 3; i++) fs.add(pool.submit(() -> ModelBuilder.create(line -> { }).build(req)));
            int builtCount = 0;
            for (Future<BuiltModel> f : fs) if (f.get().built()) builtCount++;
            assertEquals(1, builtCount, "exactly one of the concurrent builders compiles");
        } finally {
            pool.shutdown();
        }
        try (VerilatorSim sim = VerilatorSim.open(req, SimOptions.defaults())) {
            sim.poke("d", 7);
            sim.step();
            sim.step();
            assertEquals(7, sim.peek("q"));
        }
    }

    @Test void aCorruptedEntryIsDetectedAndRebuilt() throws Exception {
        ModelBuilder b = ModelBuilder.create(line -> { });
        BuildRequest req = fresh();
        BuiltModel first = b.build(req);
        Files.write(first.library(), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        BuiltModel again = b.build(req);
        assertTrue(again.built(), "the damaged library is rebuilt, not loaded");
        try (VerilatorSim sim = VerilatorSim.open(req, SimOptions.defaults())) {
            sim.poke("d", 9);
            sim.step();
            sim.step();
            assertEquals(9, sim.peek("q"));
        }
    }

    @Test void severalModelsRunSideBySideInOneJvm() {
        Design a = Elaborator.elaborate(() -> new TwoRegisters(1));
        Design m = Elaborator.elaborate(() -> new io.accelforge.rtl.blocks.mac.MacCell(new io.accelforge.rtl.blocks.mac.MacCellParams(8, 32)));
        try (VerilatorSim x = VerilatorSim.open(a); VerilatorSim y = VerilatorSim.open(a); VerilatorSim z = VerilatorSim.open(m)) {
            x.poke("d", 5);
            y.poke("d", 6);
            z.poke("en", 1);
            z.poke("a", 3);
            z.poke("b", 4);
            for (int i = 0; i < 2; i++) {
                x.step();
                y.step();
                z.step();
            }
            assertEquals(5, x.peek("q"));
            assertEquals(6, y.peek("q"));
            assertEquals(24, z.peek("acc"));
        }
    }
}
