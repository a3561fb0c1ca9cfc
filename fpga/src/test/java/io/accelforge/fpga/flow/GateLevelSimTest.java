package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.link.Frames;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.shell.Protocol;
import io.accelforge.fpga.shell.ShellParams;
import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.blocks.uart.UartFrame;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthesised netlist of the shell and the test accelerator, simulated with Yosys's iCE40
 * cell models in Icarus, answers a request script exactly as the RTL does in Verilator, cycle
 * for cycle on uart_tx, and the answers are the expected ones.
 */
class GateLevelSimTest {
    static final int CPB = 4;
    @TempDir Path tmp;

    @Test void theNetlistAnswersARequestScriptCycleForCycleLikeTheRtl() throws Exception {
        ShellParams p = new ShellParams(CPB, 12_000_000, 10, 0, 0);
        Design d = Elaborator.elaborate(() -> new ShellTop(p, Clocking.direct(), () -> new TestAccelerator(new TestAcceleratorParams(2, 4, 16, 4))));
        List<byte[]> requests = List.of(
                Frames.request(Protocol.READ_REG, new byte[] {Protocol.REG_ID}),
                Frames.request(Protocol.WRITE_REG, new byte[] {Protocol.REG_SCRATCH, 0x78, 0x56, 0x34, 0x12}),
                Frames.request(Protocol.READ_REG, new byte[] {Protocol.REG_SCRATCH}),
                Frames.request(Protocol.CMD_WRITE, new byte[] {TestAccelerator.WRITE_A, 1, 0, 1, 0x35, 0, 0, 0}),
                Frames.request(Protocol.CMD_WRITE, new byte[] {TestAccelerator.WRITE_B, 1, 0, 1, (byte) 0xF9, 0, 0, 0}),
                Frames.request(Protocol.CMD, new byte[] {TestAccelerator.COMPUTE, 4, 0}),
                Frames.request(Protocol.CMD_READ, new byte[] {TestAccelerator.READ_C, 1, 0, 1}));
        boolean[] rx = script(requests, 40);
        boolean[] rtl = GateLevelSim.rtlTrace(d, "clk", "uart_rx", "uart_tx", rx);
        boolean[] gate = GateLevelSim.netlistTrace(d, "clk", "uart_rx", "uart_tx", rx, tmp);
        for (int i = 0; i < rx.length; i++) assertEquals(rtl[i], gate[i], "uart_tx at cycle " + i + " (RTL vs netlist)");

        List<Integer> bytes = new ArrayList<>();
        List<Boolean> line = new ArrayList<>();
        for (boolean b : gate) line.add(b);
        for (UartFrame.Received r : UartFrame.decode(line, CPB)) {
            assertTrue(r.stopBitHigh(), "stop bit");
            bytes.add(r.data());
        }
        List<Integer> expected = new ArrayList<>();
        for (byte[] resp : List.of(Frames.response(Protocol.OK, new byte[] {1, 0, (byte) 0xCF, (byte) 0xAC}), Frames.response(Protocol.OK, new byte[0]),
                Frames.response(Protocol.OK, new byte[] {0x78, 0x56, 0x34, 0x12}), Frames.response(Protocol.OK, new byte[0]),
                Frames.response(Protocol.OK, new byte[0]), Frames.response(Protocol.OK, new byte[0]),
                // C[1] lanes: 5 + 9 = 14 and 3 + 15 = 18, 16 bits each
                Frames.response(Protocol.OK, new byte[] {14, 0, 18, 0}))) {
            for (byte x : resp) expected.add(x & 0xFF);
        }
        assertEquals(expected, bytes, "response bytes decoded from the netlist's uart_tx");
    }

    /** The request frames as uart_rx levels per cycle, with {@code gapBytes} byte times of idle line before and after each. */
    static boolean[] script(List<byte[]> frames, int gapBytes) {
        List<Boolean> bits = new ArrayList<>();
        for (int i = 0; i < gapBytes * 10; i++) bits.add(true);
        for (byte[] f : frames) {
            for (byte b : f) for (boolean x : UartFrame.bits(b & 0xFF, true)) bits.add(x);
            for (int i = 0; i < gapBytes * 10; i++) bits.add(true);
        }
        List<Boolean> levels = UartFrame.levels(bits, CPB);
        boolean[] out = new boolean[levels.size()];
        for (int i = 0; i < out.length; i++) out[i] = levels.get(i);
        return out;
    }
}
