package io.accelforge.fpga.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.shell.Protocol;
import io.accelforge.rtl.blocks.uart.UartFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get the documented error statuses, change nothing, and leave the link usable. */
class ShellErrorsTest {
    static SimulatedLink link;
    static ShellClient client;

    @BeforeAll static void connect() {
        link = SimShells.open(new TestAcceleratorParams(4, 8, 32, 16));
        client = ShellClient.connect(link);
    }

    @AfterAll static void close() { client.close(); }

    @Test void aCorruptedRequestIsAnsweredBadChecksumAndNotExecuted() {
        client.writeRegister(Protocol.REG_SCRATCH, 0x1111);
        int errors = client.readRegister(Protocol.REG_ERRORS) & 0xFF;
        byte[] frame = Frames.request(Protocol.WRITE_REG, new byte[] {Protocol.REG_SCRATCH, 0x22, 0x22, 0, 0});
        frame[4] ^= 0x40;
        assertEquals(Protocol.BAD_CHECKSUM, exchange(frame).status(), "status for a frame with one flipped bit");
        assertEquals(0x1111, client.readRegister(Protocol.REG_SCRATCH), "SCRATCH unchanged");
        assertEquals(errors + 1, client.readRegister(Protocol.REG_ERRORS) & 0xFF, "bad checksums in ERRORS");
    }

    @Test void aFramingErrorInsideARequestIsAnsweredBadFrameAndTheLinkRecovers() {
        int frames = client.readRegister(Protocol.REG_ERRORS) >>> 8 & 0xFF;
        link.write(new byte[] {(byte) Protocol.SYNC_REQUEST, Protocol.WRITE_REG});
        boolean[] badStop = UartFrame.bits(0x05, false);
        link.writeBits(badStop);
        link.write(new byte[] {Protocol.REG_SCRATCH, 1, 2, 3, 4, 0});
        assertEquals(Protocol.BAD_FRAME, Frames.readResponse(link, "broken WRITE_REG").status());
        link.quiet(4);
        assertEquals(frames + 1, client.readRegister(Protocol.REG_ERRORS) >>> 8 & 0xFF, "framing errors in ERRORS");
    }

    @Test void theClientResendsARequestTheShellRejectedUnexecuted() {
        long before = client.retried();
        link.write(new byte[] {(byte) Protocol.SYNC_REQUEST, Protocol.READ_REG});
        link.writeBits(UartFrame.bits(0x01, false));
        client.writeRegister(Protocol.REG_SCRATCH, 0x5A5A);
        assertEquals(0x5A5A, client.readRegister(Protocol.REG_SCRATCH));
        assertTrue(client.retried() > before, "the write was resent after BAD_FRAME");
    }

    @Test void anUnknownOpcodeAndAWrongLengthAreRefused() {
        assertEquals(Protocol.BAD_OPCODE, exchange(Frames.request(0x7E, new byte[0])).status());
        assertEquals(Protocol.BAD_LENGTH, exchange(Frames.request(Protocol.READ_REG, new byte[] {1, 2})).status(), "READ_REG with 2 bytes");
        assertEquals(Protocol.BAD_LENGTH, exchange(Frames.request(Protocol.CMD_WRITE, new byte[] {1, 0, 0, 2, 9, 9, 9, 9})).status(),
                "CMD_WRITE of 2 words with 1 word of data");
        assertEquals(Protocol.BAD_LENGTH, exchange(Frames.request(Protocol.CMD_READ, new byte[] {4, 0, 0, 16})).status(),
                "CMD_READ of 16 words of 16 bytes (256 > 255)");
        assertEquals(Protocol.BAD_LENGTH, exchange(Frames.request(Protocol.CMD_READ, new byte[] {4, 0, 0, 0})).status(), "CMD_READ of 0 words");
    }

    @Test void aRequestThatStallsHalfwayIsDroppedSilently() {
        link.write(new byte[] {(byte) Protocol.SYNC_REQUEST, Protocol.WRITE_REG, 5, Protocol.REG_SCRATCH});
        link.quiet(Protocol.IDLE_BYTE_TIMES + 2);
        client.writeRegister(Protocol.REG_SCRATCH, 77);
        assertEquals(77, client.readRegister(Protocol.REG_SCRATCH), "the next request works");
    }

    @Test void bytesSentWhileTheShellIsAnsweringAreDroppedAndCounted() {
        int overruns = client.readRegister(Protocol.REG_ERRORS) >>> 16 & 0xFF;
        byte[] one = Frames.request(Protocol.READ_REG, new byte[] {Protocol.REG_ID});
        byte[] two = new byte[2 * one.length];
        System.arraycopy(one, 0, two, 0, one.length);
        System.arraycopy(one, 0, two, one.length, one.length);
        link.write(two);
        Frames.Response r = Frames.readResponse(link, "first READ_REG");
        assertEquals(Protocol.OK, r.status());
        assertArrayEquals(new byte[] {1, 0, (byte) 0xCF, (byte) 0xAC}, r.payload(), "ID little endian");
        link.quiet(Protocol.IDLE_BYTE_TIMES + 2);
        assertTrue((client.readRegister(Protocol.REG_ERRORS) >>> 16 & 0xFF) > overruns, "overruns counted");
    }

    @Test void theErrorStatusNamesTheRequest() {
        ShellError e = assertThrows(ShellError.class, () -> client.readRegister(200));
        assertEquals("the shell answered BAD_REGISTER to READ_REG 200", e.getMessage());
    }

    private static Frames.Response exchange(byte[] frame) {
        link.write(frame);
        return Frames.readResponse(link, "test frame");
    }
}
