package io.accelforge.fpga.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Boards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks before programming, the exact openFPGALoader command, and the mapping of its answers. */
class BoardProgrammerTest {
    @TempDir Path tmp;
    private final Boards boards = Boards.builtIn();

    private Path bitstream(int size) throws Exception {
        byte[] b = new byte[size];
        byte[] h = {(byte) 0xff, 0x00, 0x00, (byte) 0xff, 0x7e, (byte) 0xaa, (byte) 0x99, 0x7e};
        System.arraycopy(h, 0, b, 0, h.length);
        return Files.write(tmp.resolve("top.bin"), b);
    }

    @Test void theIcebreakerLoadsSramByDefaultAsIce40Generic() throws Exception {
        Path f = bitstream(104090);
        assertEquals(List.of("openFPGALoader", "-b", "ice40_generic", "-m", f.toString()), BoardProgrammer.plan(boards.get("icebreaker"), f, false).command());
        assertEquals(List.of("openFPGALoader", "-b", "ice40_generic", "-f", f.toString()), BoardProgrammer.plan(boards.get("icebreaker"), f, true).command());
    }

    @Test void aBoardWithoutSramProgrammingNeedsFlash() throws Exception {
        Path f = bitstream(32220);
        ProgramException e = assertThrows(ProgramException.class, () -> BoardProgrammer.plan(boards.get("icestick"), f, false));
        assertEquals("icestick cannot load a bitstream into SRAM; write its flash with --flash", e.getMessage());
        assertEquals(List.of("openFPGALoader", "-b", "ice40_generic", "-f", f.toString()), BoardProgrammer.plan(boards.get("icestick"), f, true).command());
    }

    @Test void aBitstreamForAnotherDeviceIsRefusedBeforeProgramming() throws Exception {
        Path f = bitstream(32220);
        ProgramException e = assertThrows(ProgramException.class, () -> BoardProgrammer.plan(boards.get("icebreaker"), f, false));
        assertTrue(e.getMessage().contains("(it is the size of a hx1k bitstream): it was built for another device; not programming icebreaker"), e.getMessage());
        assertFalse(e.usage(), "a failed check, not a usage error");
    }

    @Test void aMissingFileIsReportedBeforeTheProgrammerRuns() {
        ProgramException e = assertThrows(ProgramException.class, () -> BoardProgrammer.plan(boards.get("icebreaker"), tmp.resolve("nope.bin"), false));
        assertTrue(e.getMessage().endsWith("nope.bin: no such bitstream file") && e.usage(), e.getMessage());
    }

    @Test void aBoardProgrammedByAnotherToolSaysWhich() throws Exception {
        Path f = bitstream(104090);
        ProgramException e = assertThrows(ProgramException.class, () -> BoardProgrammer.plan(boards.get("icesugar-1.5"), f, true));
        assertTrue(e.getMessage().startsWith("icesugar-1.5 is programmed with icesprog, not openFPGALoader"), e.getMessage());
    }

    @Test void theRealProgrammerWithNoBoardAttachedMeansNoCable() throws Exception {
        BoardProgrammer.Result r = BoardProgrammer.run(BoardProgrammer.plan(boards.get("icebreaker"), bitstream(104090), false), tmp.resolve("ofl.log"));
        assertEquals(Outcome.NO_CABLE, r.outcome(), "openFPGALoader exit " + r.exitCode() + ":\n" + r.output());
        assertEquals(3, r.outcome().exitCode);
    }

    @Test void recordedProgrammerAnswersMapToTheirCauses() {
        // measured here with openFPGALoader 0.10 and no board
        assertEquals(Outcome.NO_CABLE, Outcome.classify(1, "unable to open ftdi device: -3 (device not found)\nError: Failed to claim cable\n"));
        assertEquals(Outcome.NO_CABLE, Outcome.classify(1, "unable to open ftdi device: -3 (device not found)\nJTAG init failed with: unable to open ftdi device\n"));
        assertEquals(Outcome.UNKNOWN_BOARD, Outcome.classify(1, "Error: cannot find board 'icebreaker'\n"));
        // from the anchor (DFU boards) and libftdi's error table (access denied, interface claimed by a driver)
        assertEquals(Outcome.NO_CABLE, Outcome.classify(1, "No DFU compatible device found\n"));
        assertEquals(Outcome.PERMISSION, Outcome.classify(1, "unable to open ftdi device: -4 (usb_open() failed)\n"));
        assertEquals(Outcome.PERMISSION, Outcome.classify(1, "unable to open ftdi device: -5 (unable to claim usb device. Make sure the default FTDI driver is not in use)\n"));
        assertEquals(Outcome.NO_DEVICE, Outcome.classify(1, "Jtag frequency : requested 6.00MHz -> real 6.00MHz\nError: no device found\n"));
        assertEquals(Outcome.OK, Outcome.classify(0, "write to ram\nDone\n"));
        assertEquals(Outcome.FAILED, Outcome.classify(1, "something unexpected\n"));
    }

    @Test void eachOutcomeHasAOneLineFixAndItsOwnExitCode() {
        for (Outcome o : Outcome.values()) {
            assertFalse(o.fix.contains("\n"), o + " fix is one line");
            if (o != Outcome.OK) assertFalse(o.fix.isEmpty(), o + " has a fix");
        }
        assertEquals(List.of(0, 3, 4, 5, 6, 1), List.of(Outcome.values()).stream().map(o -> o.exitCode).toList());
    }
}
