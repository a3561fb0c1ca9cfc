package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.rtl.elab.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real builds with yosys, nextpnr-ice40 and icepack: the shell on the iCEBreaker, twice; a small design that misses timing. */
class Ice40FlowTest {
    @TempDir Path tmp;
    private final Boards boards = Boards.builtIn();

    static final String COUNTER = """
            module counter(input wire clk, output wire led);
              reg [47:0] c = 48'd0;
              always @(posedge clk) c <= c + 48'd1;
              assign led = c[47];
            endmodule
            """;

    @Test void theShellOnTheIcebreakerMeetsTimingAndBuildsTheSameBitstreamTwice() throws Exception {
        Board b = boards.get("icebreaker");
        Design shell = ShellBuilds.elaborate(b, Clocking.direct(), ShellBuilds.DEFAULT_BAUD, () -> new TestAccelerator(new TestAcceleratorParams(1, 2, 32, 2)));
        FlowDesign fd = ShellBuilds.flowDesign(b, shell, Clocking.direct(), "shell + fpga-test-accelerator");
        FlowReport one = Ice40Flow.run(b, fd, new FlowOptions(12, 1, false, tmp.resolve("one")));
        FlowReport two = Ice40Flow.run(b, fd, new FlowOptions(12, 1, false, tmp.resolve("two")));
        System.out.print(one.summary());

        assertTrue(one.timingMet(), "timing at 12 MHz: " + one.timing());
        assertEquals("clk", one.timing().clocks().getFirst().name());
        assertNotNull(one.bitstream());
        assertEquals(104090, one.bitstream().bytes(), "UP5K bitstream size");
        byte[] bin = Files.readAllBytes(tmp.resolve("one").resolve(one.bitstream().file()));
        assertEquals(one.bitstream().sha256(), Bitstream.sha256(bin), "reported sha256 is the file's");
        assertEquals(one.bitstream().sha256(), two.bitstream().sha256(), "two builds of the same design give the same bitstream");
        assertEquals(new FlowReport.Use(5, 39, 12.821), one.utilisation().get("SB_IO"), "clk, uart_rx, uart_tx, led_0, led_1 of the 39 user IOs of sg48");
        assertTrue(one.utilisation().get("ICESTORM_RAM").used() >= 1, "the frame buffer is a block RAM");
        assertEquals(List.of("yosys", "nextpnr", "icepack"), List.copyOf(one.stageSeconds().keySet()));
        assertTrue(one.tools().get("nextpnr-ice40").contains("nextpnr-ice40"), one.tools().toString());
        assertTrue(one.timing().worstPaths().size() >= 1 && one.timing().worstPaths().size() <= 3);
        FlowReport back = FlowReport.fromJson(Files.readString(tmp.resolve("one/report.json")));
        assertEquals(one, back, "report.json reads back to the same report");
    }

    @Test void aTimingMissStopsBeforeIcepackUnlessAllowed() throws Exception {
        Board b = boards.get("icestick");
        FlowDesign fd = new FlowDesign(Map.of("counter.v", COUNTER), "counter", List.of(new Port("clk", true, 1), new Port("led", false, 1)),
                new Pcf(Map.of("clk", new Pcf.Entry("21", false, 0), "led", new Pcf.Entry("99", false, 0))), null, null, "48-bit counter");
        FlowReport failed = Ice40Flow.run(b, fd, new FlowOptions(400, 1, false, tmp.resolve("fail")));
        assertFalse(failed.timingMet());
        assertNull(failed.bitstream(), "no bitstream when timing fails");
        assertFalse(Files.exists(tmp.resolve("fail/top.bin")));
        String why = Ice40Flow.timingFailure(failed);
        assertTrue(why.startsWith("clock clk: ") && why.contains("< 400.00 MHz target, slack -"), why);

        FlowReport allowed = Ice40Flow.run(b, fd, new FlowOptions(400, 1, true, tmp.resolve("allowed")));
        assertFalse(allowed.timingMet());
        assertEquals(32220, allowed.bitstream().bytes(), "HX1K bitstream written with --allow-timing-fail");
    }

    @Test void aBadPinStopsTheBuildBeforeAnyToolRuns() {
        Board b = boards.get("icestick");
        FlowDesign fd = new FlowDesign(Map.of("counter.v", COUNTER), "counter", List.of(new Port("clk", true, 1), new Port("led", false, 1)),
                new Pcf(Map.of("clk", new Pcf.Entry("35", false, 2))), null, null, "48-bit counter");
        FlowException e = assertThrows(FlowException.class, () -> Ice40Flow.run(b, fd, new FlowOptions(12, 1, false, tmp.resolve("bad"))));
        assertTrue(e.getMessage().startsWith("preflight found 2 problems (no tool was run)"), e.getMessage());
        assertTrue(e.getMessage().contains("no pin for led of counter"), e.getMessage());
        assertTrue(e.getMessage().contains("'clk' is on site '35' (PCF line 2), not a user IO of hx1k-tq144"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("bad/yosys.log")), "yosys did not run");
    }

    @Test void synthesisedCellsBeyondTheDeviceAreReportedWithTheExcess() {
        FlowException e = assertThrows(FlowException.class,
                () -> Ice40Flow.checkFit(Map.of("SB_LUT4", 1300, "SB_RAM40_4K", 17), boards.device("hx1k")));
        assertEquals("the design does not fit hx1k: SB_LUT4 1300 of 1280 (20 over); SB_RAM40_4K 17 of 16 (1 over)", e.getMessage());
    }
}
