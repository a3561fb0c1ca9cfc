package io.accelforge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.flow.FlowDesign;
import io.accelforge.fpga.flow.FlowOptions;
import io.accelforge.fpga.flow.FlowReport;
import io.accelforge.fpga.flow.Ice40Flow;
import io.accelforge.fpga.flow.ShellBuilds;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.rtl.elab.Design;
import io.accelforge.tpe.engine.GemmEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine that {@link EngineBehindShellTest} drives in simulation, behind the same shell,
 * built into an iCEBreaker bitstream with yosys, nextpnr-ice40 and icepack: it fits and meets
 * timing at the board's 12 MHz.
 */
class EngineOnIcebreakerTest {
    @TempDir Path tmp;

    @Test void theSimulatedEngineBuildsToAnIcebreakerBitstreamThatMeetsTimingAtTwelveMegahertz() throws Exception {
        Board b = Boards.builtIn().get("icebreaker");
        Design shell = ShellBuilds.elaborate(b, Clocking.direct(), ShellBuilds.DEFAULT_BAUD, () -> new GemmEngine(EngineBehindShellTest.ENGINE));
        FlowDesign fd = ShellBuilds.flowDesign(b, shell, Clocking.direct(), "shell + " + EngineBehindShellTest.ENGINE);
        FlowReport r = Ice40Flow.run(b, fd, new FlowOptions(12, 1, false, tmp));
        System.out.print(r.summary());

        assertTrue(r.timingMet(), "timing at 12 MHz: " + r.timing());
        assertNotNull(r.bitstream());
        assertEquals(104090, r.bitstream().bytes(), "UP5K bitstream size");
        assertEquals("DSP blocks", r.multipliers(), "the 8 multipliers of a 4x2 array take the 8 DSP blocks");
        assertEquals(8, r.utilisation().get("ICESTORM_DSP").used());
    }
}
