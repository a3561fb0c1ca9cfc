package io.accelforge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolException;
import io.accelforge.sim.build.BuildException;
import io.accelforge.sim.build.BuildRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerilatorSimTest {
    private static final Design GRID = Elaborator.elaborate(() -> new MacGrid(new MacGridParams(3, 3, 8, 32)));

    @TempDir Path tmp;

    @Test void macGridMatchesTheInterpreterCycleByCycle() {
        Design d = GRID;
        Random rnd = new Random(1);
        try (VerilatorSim v = VerilatorSim.open(d); Interpreter j = new Interpreter(d)) {
            v.reset(2);
            j.reset(2);
            for (int c = 0; c < 500; c++) {
                for (int i = 0; i < 3; i++) {
                    long a = rnd.nextInt(256) - 128, b = rnd.nextInt(256) - 128;
                    v.poke("aIn_" + i, a); j.poke("aIn_" + i, a);
                    v.poke("bIn_" + i, b); j.poke("bIn_" + i, b);
                }
                long en = rnd.nextInt(4) == 0 ? 0 : 1, clr = rnd.nextInt(50) == 0 ? 1 : 0;
                v.poke("en", en); j.poke("en", en);
                v.poke("clear", clr); j.poke("clear", clr);
                v.step();
                j.step();
                for (int k = 0; k < 9; k++) assertEquals(j.peek("acc_" + k), v.peek("acc_" + k), "acc_" + k + " at cycle " + c);
            }
        }
    }

    @Test void anUnknownPortNamesTheNearestOnes() {
        try (VerilatorSim v = VerilatorSim.open(GRID)) {
            SimException e = assertThrows(SimException.class, () -> v.poke("aIn0", 1));
            assertTrue(e.getMessage().contains("no port 'aIn0' on " + GRID.topName() + "; nearest: aIn_0"), e.getMessage());
        }
    }

    @Test void aValueWiderThanThePortIsAnErrorNotTruncated() {
        try (VerilatorSim v = VerilatorSim.open(GRID)) {
            SimException e = assertThrows(SimException.class, () -> v.poke("aIn_0", 128));
            assertTrue(e.getMessage().contains("value 128 does not fit port 'aIn_0' (SInt(8), -2^7..2^7-1)"), e.getMessage());
        }
    }

    @Test void runUntilTimeoutGivesTheCycleTheConditionAndTheOutputs() {
        try (VerilatorSim v = VerilatorSim.open(GRID)) {
            v.reset(1);
            SimException e = assertThrows(SimException.class, () -> v.runUntil("acc_0", 5, 50));
            assertTrue(e.getMessage().startsWith("timeout at cycle 51: 'acc_0' == 5 not reached within 50 cycles; outputs: acc_0=0"), e.getMessage());
        }
    }

    @Test void runUntilStopsInTheCycleTheValueAppears() {
        try (VerilatorSim v = VerilatorSim.open(GRID)) {
            v.reset(1);
            v.poke("en", 1);
            v.poke("aIn_0", 1);
            v.poke("bIn_0", 1);
            assertEquals(7, v.runUntil("acc_0", 7, 100));
            assertEquals(7, v.peek("acc_0"));
        }
    }

    @Test void verilogThatDoesNotCompileGivesVerilatorsOwnLines() throws Exception {
        Path f = tmp.resolve("broken.v");
        Files.writeString(f, "module broken(input wire a, output wire y);\n  assign y = a +;\nendmodule\n");
        BuildException e = assertThrows(BuildException.class, () -> VerilatorSim.open(BuildRequest.ofFiles(List.of(f), "broken", List.of()), SimOptions.defaults()));
        assertTrue(e.getMessage().startsWith("Verilator cannot compile broken:\n%Error: broken.v:2:"), e.getMessage());
    }

    @Test void aMissingToolIsOneLineWithTheInstallCommand() {
        ToolException e = assertThrows(ToolException.class, () -> new ExternalTool("verilator-not-installed", "verilator", List.of("--version")).find());
        assertEquals("verilator-not-installed not found on PATH; install it with: sudo apt-get install -y verilator (or run ./setup.sh)", e.getMessage());
    }
}
