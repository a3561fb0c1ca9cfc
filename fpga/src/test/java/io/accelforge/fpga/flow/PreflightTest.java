package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Device;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preflight finds every problem before any tool runs, and says what to do about each. */
class PreflightTest {
    private final Boards boards = Boards.builtIn();
    private final Board icebreaker = boards.get("icebreaker");
    private final Device up5k = boards.device("up5k");

    private static FlowDesign design(List<Port> ports, Map<String, Pcf.Entry> pins, String pll, ResourceEstimate est, String verilog) {
        return new FlowDesign(Map.of("top.v", verilog), "top", ports, new Pcf(pins), pll, est, "test");
    }

    private static Pcf.Entry at(String site) { return new Pcf.Entry(site, false, 3); }

    @Test void aWellMappedDesignPasses() {
        FlowDesign d = design(List.of(new Port("clk", true, 1), new Port("led", false, 2)),
                Map.of("clk", at("35"), "led[0]", at("11"), "led[1]", at("37")), null, new ResourceEstimate(2, 1, 2, 1), "module top; endmodule");
        assertEquals(List.of(), Preflight.problems(icebreaker, up5k, d, 12));
    }

    @Test void everyUnmappedBitAndEveryBadSiteIsReported() {
        Map<String, Pcf.Entry> pins = new LinkedHashMap<>();
        pins.put("clk", at("35"));
        pins.put("led[0]", at("99"));
        pins.put("ghost", at("11"));
        FlowDesign d = design(List.of(new Port("clk", true, 1), new Port("led", false, 2)), pins, null, null, "");
        List<String> p = Preflight.problems(icebreaker, up5k, d, 12);
        assertTrue(p.contains("no pin for led[1] of top; add set_io lines to the PCF"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("'led[0]' is on site '99' (PCF line 3), not a user IO of up5k-sg48")), p.toString());
        assertTrue(p.contains("the PCF constrains 'ghost' (PCF line 3), which is not a port of top"), p.toString());
    }

    @Test void twoPortsOnOneSiteAreReported() {
        FlowDesign d = design(List.of(new Port("a", true, 1), new Port("b", true, 1)), Map.of("a", at("6"), "b", at("6")), null, null, "");
        assertTrue(Preflight.problems(icebreaker, up5k, d, 12).stream().anyMatch(s -> s.endsWith("are both on site 6")));
    }

    @Test void aDesignWithMoreIoBitsThanThePackageNeedsTheShell() {
        FlowDesign d = design(List.of(new Port("wide", true, 64)), Map.of(), null, null, "");
        List<String> p = Preflight.problems(icebreaker, up5k, d, 12);
        assertTrue(p.contains("top has 64 IO bits; up5k-sg48 has 39 user IOs (25 over): put the design behind the board shell (drop --no-shell)"), p.toString());
    }

    @Test void blockRamEstimatesBeyondTheDeviceSayHowMuchOver() {
        FlowDesign d = design(List.of(), Map.of(), null, new ResourceEstimate(34, 0, 5, 0), "");
        List<String> p = Preflight.problems(icebreaker, up5k, d, 12);
        assertTrue(p.contains("does not fit: 34 block RAMs (SB_RAM40_4K, estimated from 5 memories), the device has 30 (4 over)"), p.toString());
    }

    @Test void moreMultipliersThanDspBlocksAreBuiltInLogicNotRefused() {
        FlowDesign many = design(List.of(), Map.of(), null, new ResourceEstimate(0, 9, 0, 9), "");
        assertTrue(Preflight.problems(icebreaker, up5k, many, 12).isEmpty());
        assertEquals("logic (9 multipliers need an estimated 9 DSP blocks, up5k has 8)", Ice40Flow.multipliers(up5k, many));
        FlowDesign few = design(List.of(), Map.of(), null, new ResourceEstimate(0, 8, 0, 8), "");
        assertEquals(Ice40Flow.IN_DSP, Ice40Flow.multipliers(up5k, few));
    }

    @Test void dspBlocksOnAPartWithoutThemAreRefused() {
        Board stick = boards.get("icestick");
        FlowDesign d = design(List.of(), Map.of(), null, null, "SB_MAC16 m (.A(a));");
        assertTrue(Preflight.problems(stick, boards.device("hx1k"), d, 12).contains("top instantiates SB_MAC16 DSP blocks; hx1k has none"));
    }

    @Test void theIcebreakerClockOnThePllPadNeedsThePadPll() {
        FlowDesign d = design(List.of(), Map.of(), "SB_PLL40_CORE", null, "");
        List<String> p = Preflight.problems(icebreaker, up5k, d, 48);
        assertTrue(p.contains("the design uses SB_PLL40_CORE, but icebreaker's clock pin (35) feeds only SB_PLL40_PAD (the clock is on the PLL's own pad)"), p.toString());
    }

    @Test void boardsOfOtherFlowsAreNotRunHere() {
        Board arty = boards.get("arty-a7-35t");
        FlowDesign d = design(List.of(), Map.of(), null, null, "");
        assertTrue(Preflight.problems(arty, boards.device("xc7a35ti"), d, 100).contains(
                "arty-a7-35t uses the vivado flow, which AccelForge writes scripts for but does not run"));
    }

    @Test void blockCountsTakeTheBestRamShape() {
        assertEquals(1, ResourceEstimate.blocks(256, 8), "256x8 in one 512x8 block");
        assertEquals(2, ResourceEstimate.blocks(16, 32), "16x32 as two 256x16 blocks");
        assertEquals(8, ResourceEstimate.blocks(16, 128));
        assertEquals(4, ResourceEstimate.blocks(2048, 8), "2048x8 as four 512x8 (or 2048x2) blocks");
    }
}
