package io.accelforge.fpga.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boards are data: every shipped board loads, is checked against its package, and unknown names get suggestions. */
class BoardsTest {
    private final Boards boards = Boards.builtIn();

    @Test void theIssuesBoardsAreAllShipped() {
        assertEquals(List.of("icebreaker", "icestick", "alchitry-cu", "upduino-3.1", "icesugar-1.5", "arty-a7-35t", "pynq-z2", "ulx3s", "alveo-u280"),
                boards.names(), "board names in index order");
    }

    @Test void theIcebreakerIsAnUp5kInSg48ClockedAt12MhzOnThePllPad() {
        Board b = boards.get("icebreaker");
        assertEquals(Flow.ICE40, b.flow());
        assertEquals("up5k", b.device());
        assertEquals("sg48", b.packageName());
        assertEquals("35", b.pin(b.clock().pin()).site(), "clock site");
        assertEquals(12_000_000L, b.clock().hz());
        assertEquals("SB_PLL40_PAD", b.shellPll());
        assertEquals("ice40_generic", b.programmer().board(), "openFPGALoader's name for the iCEBreaker");
        assertTrue(b.programmer().sram() && b.programmer().flash(), "SRAM and flash");
        assertEquals("0403:6010", b.usb());
    }

    @Test void everyOpenFlowBoardHasAUartClockLedAndAKnownPackage() {
        for (Board b : boards.all()) {
            if (!b.isOpenFlow()) continue;
            assertTrue(b.hasUart(), b.name() + " has uart_rx and uart_tx");
            assertTrue(b.leds() >= 1, b.name() + " has at least one LED");
            Device d = boards.deviceOf(b);
            assertFalse(d.sites(b.packageName()).isEmpty(), b.name() + ": package " + b.packageName() + " of " + d.name() + " is known");
            assertTrue(d.bitstreamBytes() > 0, b.name() + ": bitstream size of " + d.name() + " is known");
        }
    }

    @Test void theOpenFlowCoversTheIce40BoardsAndTheOthersAreScriptTargets() {
        List<String> open = boards.all().stream().filter(Board::isOpenFlow).map(Board::name).toList();
        assertEquals(List.of("icebreaker", "icestick", "alchitry-cu", "upduino-3.1", "icesugar-1.5"), open);
        assertEquals(Flow.VIVADO, boards.get("arty-a7-35t").flow());
        assertEquals(Flow.VIVADO, boards.get("pynq-z2").flow());
        assertEquals(Flow.ECP5, boards.get("ulx3s").flow());
        assertEquals(Flow.VITIS, boards.get("alveo-u280").flow());
    }

    @Test void anUnknownBoardNamesTheNearestOnes() {
        UnknownBoardException e = assertThrows(UnknownBoardException.class, () -> boards.get("icebraker"));
        assertTrue(e.getMessage().contains("nearest: icebreaker"), e.getMessage());
    }

    @Test void aBoardWithAPinOutsideItsPackageIsRejectedNamingThePinAndSite() {
        Board b = boards.get("icebreaker");
        Board bad = new Board("bad", "t", Flow.ICE40, "up5k", null, "sg48", null, null, b.clock(), b.pll(),
                Map.of("clk", new Pin("35", null, false, false), "led_0", new Pin("99", null, false, true)), b.programmer(), "", List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Boards.check("bad.json", bad, "bad", Map.of("up5k", boards.device("up5k"))));
        assertTrue(e.getMessage().contains("pin led_0 at site '99' is not a user IO of up5k-sg48"), e.getMessage());
    }

    @Test void aBoardWhoseClockIsNotAmongItsPinsIsRejected() {
        Board b = boards.get("icebreaker");
        Board bad = new Board("bad", "t", Flow.ICE40, "up5k", null, "sg48", null, null, new BoardClock("osc", 12), b.pll(),
                Map.of("clk", new Pin("35", null, false, false)), b.programmer(), "", List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Boards.check("bad.json", bad, "bad", Map.of("up5k", boards.device("up5k"))));
        assertTrue(e.getMessage().contains("clock pin 'osc' is not among the pins"), e.getMessage());
    }

    @Test void devicesKnowTheirIce40Resources() {
        Device up5k = boards.device("up5k");
        assertEquals(5280, up5k.available("LUT4"));
        assertEquals(30, up5k.available("BRAM"));
        assertEquals(8, up5k.available("DSP"));
        assertEquals(4, up5k.available("SPRAM"));
        assertEquals(39, up5k.sites("sg48").size(), "user IOs of the sg48 package");
        assertFalse(boards.device("hx8k").dsp(), "HX parts have no DSP blocks");
        assertNotNull(boards.device("hx1k"));
    }
}
