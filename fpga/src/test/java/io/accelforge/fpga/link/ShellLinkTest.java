package io.accelforge.fpga.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorModel;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.shell.Protocol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host client drives the shell's Verilator model over its UART pins: registers, the cycle
 * counter, and a full run of the test accelerator (write A and B, compute, poll, read C and
 * the accelerator's cycle counter) checked against the accelerator's golden model.
 */
class ShellLinkTest {
    static final TestAcceleratorParams ACC = new TestAcceleratorParams(4, 8, 32, 128);
    static ShellClient client;

    @BeforeAll static void connect() { client = ShellClient.connect(SimShells.open(ACC)); }

    @AfterAll static void close() { client.close(); }

    @Test void theShellDescribesItsAcceleratorsCommandInterface() {
        ShellInfo i = client.info();
        assertEquals(Protocol.ID_VALUE, i.id());
        assertEquals(32, i.cmdWidth(), "cmdData width (4 lanes x 8 bits)");
        assertEquals(128, i.rspWidth(), "rspData width (4 lanes x 32 bits)");
        assertEquals(4, i.opWidth());
        assertEquals(16, i.addrWidth());
        assertEquals(12, i.timeoutLog2());
        assertEquals(12_000_000L, i.clockHz());
    }

    @Test void scratchRegisterKeepsWhatWasWritten() {
        for (int v : new int[] {0, 0xDEADBEEF, 0x7FFFFFFF, 1}) {
            client.writeRegister(Protocol.REG_SCRATCH, v);
            assertEquals(v, client.readRegister(Protocol.REG_SCRATCH), String.format("SCRATCH after writing 0x%08x", v));
        }
    }

    @Test void writingAReadOnlyOrUnknownRegisterIsRefused() {
        ShellError ro = assertThrows(ShellError.class, () -> client.writeRegister(Protocol.REG_ID, 5));
        assertEquals(Protocol.BAD_REGISTER, ro.status(), ro.getMessage());
        ShellError unknown = assertThrows(ShellError.class, () -> client.readRegister(Protocol.REGISTERS));
        assertEquals(Protocol.BAD_REGISTER, unknown.status(), unknown.getMessage());
    }

    @Test void theCycleCounterAdvancesByAtLeastTheCyclesOfARequest() {
        long a = client.cycles();
        long b = client.cycles();
        // one READ_REG round trip is at least 5 request + 8 response bytes of 10 bits
        assertTrue(b - a >= 13L * 10 * SimShells.CLOCKS_PER_BIT, "cycles " + a + " then " + b);
    }

    @Test void runsTheTestAcceleratorAndReadsResultsAndItsCycleCounter() {
        long seed = System.nanoTime();
        System.out.println("ShellLinkTest.run: seed " + seed);
        Random rnd = new Random(seed);
        int k = 100;
        long[][] a = lanes(k, rnd), b = lanes(k, rnd);
        client.command(TestAccelerator.CLEAR_C, 0);
        client.writeWords(TestAccelerator.WRITE_A, 0, words(a));
        client.writeWords(TestAccelerator.WRITE_B, 0, words(b));
        long before = cyclesOfAccelerator();
        client.command(TestAccelerator.COMPUTE, k);
        client.command(TestAccelerator.COMPUTE, k);
        int polls = 0;
        while ((client.readWord(TestAccelerator.READ_STATUS, 0).intValue() & 3) != 2) polls++;
        long after = cyclesOfAccelerator();
        assertEquals(0xFF, client.readWord(TestAccelerator.READ_STATUS, 0).intValue() >> 8 & 0xFF, "architecture code of the fixture");
        List<BigInteger> c = client.readWords(TestAccelerator.READ_C, 0, k);
        long[][] expected = TestAcceleratorModel.expectedC(ACC, a, b, 2);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < ACC.lanes(); j++) {
                long got = c.get(i).shiftRight(32 * j).longValue() & 0xFFFF_FFFFL;
                assertEquals(expected[i][j], got, "C[" + i + "] lane " + j + " = 2 * (" + a[i][j] + " + " + b[i][j] + "), seed " + seed);
            }
        }
        assertTrue(after - before > 2 * (3L * k + 1), "accelerator cycles across two COMPUTEs of K=" + k + ": " + (after - before));
        System.out.println("ShellLinkTest.run: " + polls + " status polls, " + (after - before) + " accelerator cycles, " + client.retried() + " retries");
    }

    @Test void aReadBeyondOneFrameIsSplitAndReassembled() {
        client.command(TestAccelerator.CLEAR_C, 0);
        List<BigInteger> c = client.readWords(TestAccelerator.READ_C, 0, ACC.depth());
        assertEquals(ACC.depth(), c.size(), "words read");
        for (BigInteger w : c) assertEquals(BigInteger.ZERO, w, "C after CLEAR_C");
    }

    @Test void aReadThatNeverAnswersTimesOutAndIsCounted() {
        int before = client.readRegister(Protocol.REG_ERRORS) >>> 24;
        ShellError e = assertThrows(ShellError.class, () -> client.readWord(TestAccelerator.NOP, 0));
        assertEquals(Protocol.TIMEOUT, e.status(), e.getMessage());
        assertEquals(before + 1, client.readRegister(Protocol.REG_ERRORS) >>> 24, "timeouts in ERRORS");
    }

    private long cyclesOfAccelerator() {
        long lo = client.readWord(TestAccelerator.READ_CYCLES, 0).longValue();
        long hi = client.readWord(TestAccelerator.READ_CYCLES, 1).longValue();
        return hi << 32 | lo;
    }

    static long[][] lanes(int k, Random rnd) {
        long[][] x = new long[k][ACC.lanes()];
        for (int i = 0; i < k; i++) for (int j = 0; j < ACC.lanes(); j++) x[i][j] = i == 0 ? 255 : rnd.nextInt(1 << ACC.width());
        return x;
    }

    static List<BigInteger> words(long[][] lanes) {
        List<BigInteger> out = new ArrayList<>();
        for (long[] w : lanes) {
            BigInteger v = BigInteger.ZERO;
            for (int j = 0; j < w.length; j++) v = v.or(BigInteger.valueOf(w[j]).shiftLeft(ACC.width() * j));
            out.add(v);
        }
        return out;
    }
}
