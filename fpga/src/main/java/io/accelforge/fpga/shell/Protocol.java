package io.accelforge.fpga.shell;

/**
 * The shell's host protocol: the one place it is defined. The shell's hardware
 * ({@link FrameReceiver}, {@link Executor}, {@link FrameTransmitter}, {@link ShellRegisters})
 * and the host client ({@code io.accelforge.fpga.link.ShellClient}) both use these numbers.
 *
 * <h2>Link</h2>
 * 8N1 UART, LSB first, at the baud rate the shell was built for (clock / clocksPerBit). One
 * request at a time: the host sends a request frame and waits for its response frame before
 * sending the next. Bytes that arrive while the shell is still executing or answering are
 * dropped and counted (register ERRORS, overrun).
 *
 * <h2>Frames</h2>
 * <pre>
 *   request : 0xA5  OP      LEN  payload[LEN]  CRC
 *   response: 0x5A  STATUS  LEN  payload[LEN]  CRC
 * </pre>
 * LEN is 0..255. CRC is {@link Crc8} (poly 0x07, init 0) over OP (or STATUS), LEN and the
 * payload. Multi-byte fields are little endian. A request is executed only after its CRC has
 * been checked, so a corrupted request changes nothing.
 *
 * <h2>Requests</h2>
 * <table>
 * <caption>opcodes</caption>
 * <tr><th>OP</th><th>name</th><th>payload</th><th>response payload</th></tr>
 * <tr><td>0x01</td><td>READ_REG</td><td>reg</td><td>the 32-bit register</td></tr>
 * <tr><td>0x02</td><td>WRITE_REG</td><td>reg, value (4 bytes)</td><td>none</td></tr>
 * <tr><td>0x10</td><td>CMD</td><td>op, addr (2 bytes)</td><td>none: one accelerator command with cmdData = 0 (e.g. COMPUTE, CLEAR_C)</td></tr>
 * <tr><td>0x11</td><td>CMD_WRITE</td><td>op, addr (2), count, count words of cmdBytes each</td>
 *     <td>none: count commands op at addr, addr+1, ..., each with its word as cmdData (WRITE_A, WRITE_B)</td></tr>
 * <tr><td>0x12</td><td>CMD_READ</td><td>op, addr (2), count</td>
 *     <td>count words of rspBytes each: the rspData of commands op at addr, addr+1, ... (READ_C, READ_STATUS, READ_CYCLES)</td></tr>
 * </table>
 * Wide command and response words travel in 32-bit chunks: cmdBytes = 4 * ceil(cmdData width / 32)
 * and rspBytes = 4 * ceil(rspData width / 32), chunk 0 (bits 31:0) first, each chunk little
 * endian; bits above the port width are sent as zero and ignored. cmdOp and cmdAddr are
 * truncated to the accelerator's port widths (the client checks them against CMD_SHAPE first).
 * Each command waits for cmdReady; each CMD_READ command then waits for rspValid.
 *
 * <h2>Responses</h2>
 * STATUS 0x00 OK, 0x01 BAD_CHECKSUM (the request's CRC did not match), 0x02 BAD_FRAME (a UART
 * framing error inside a request: the shell ignores the line until it has been quiet for two
 * byte times; wait at least four byte times before the next request), 0x03 BAD_OPCODE,
 * 0x04 BAD_LENGTH (LEN does not fit the opcode, count is 0, or the response would exceed 255
 * bytes), 0x05 BAD_REGISTER (no such register, or a write to a read-only one), 0x06 TIMEOUT
 * (the accelerator did not take a command or answer a read within 2^timeoutLog2 cycles; the
 * commands before it in the request were executed). An error response has no payload. A
 * request that stops for longer than 16 byte times in the middle is dropped without a response.
 *
 * <h2>Registers (32 bits)</h2>
 * <table>
 * <caption>registers</caption>
 * <tr><th>#</th><th>name</th><th>access</th><th>meaning</th></tr>
 * <tr><td>0</td><td>ID</td><td>r</td><td>{@link #ID_VALUE} (protocol version in the low byte)</td></tr>
 * <tr><td>1</td><td>CMD_WIDTHS</td><td>r</td><td>bits 15:0 cmdData width, 31:16 rspData width</td></tr>
 * <tr><td>2</td><td>CMD_SHAPE</td><td>r</td><td>bits 7:0 cmdOp width, 15:8 cmdAddr width, 31:16 timeout (log2 cycles)</td></tr>
 * <tr><td>3</td><td>CLOCK_HZ</td><td>r</td><td>the shell clock in Hz (after the PLL)</td></tr>
 * <tr><td>4</td><td>SCRATCH</td><td>rw</td><td>free for the host (link tests)</td></tr>
 * <tr><td>5</td><td>LEDS</td><td>rw</td><td>bit i drives board LED i (1 = on, whatever the LED's polarity); reset value 1</td></tr>
 * <tr><td>6</td><td>CYCLES_LO</td><td>r</td><td>shell clock cycles since reset, bits 31:0; reading it latches bits 63:32 for CYCLES_HI</td></tr>
 * <tr><td>7</td><td>CYCLES_HI</td><td>r</td><td>bits 63:32 as latched by the last CYCLES_LO read</td></tr>
 * <tr><td>8</td><td>ERRORS</td><td>r</td><td>saturating counts: 7:0 bad checksums, 15:8 framing errors, 23:16 overrun bytes, 31:24 timeouts</td></tr>
 * <tr><td>9</td><td>STATUS</td><td>r</td><td>bit 0 the accelerator's cmdReady for a NOP, now</td></tr>
 * </table>
 */
public final class Protocol {
    private Protocol() {}

    public static final int SYNC_REQUEST = 0xA5, SYNC_RESPONSE = 0x5A;
    public static final int MAX_PAYLOAD = 255;

    public static final int READ_REG = 0x01, WRITE_REG = 0x02, CMD = 0x10, CMD_WRITE = 0x11, CMD_READ = 0x12;

    public static final int OK = 0x00, BAD_CHECKSUM = 0x01, BAD_FRAME = 0x02, BAD_OPCODE = 0x03, BAD_LENGTH = 0x04,
            BAD_REGISTER = 0x05, TIMEOUT = 0x06;

    public static final int REG_ID = 0, REG_CMD_WIDTHS = 1, REG_CMD_SHAPE = 2, REG_CLOCK_HZ = 3, REG_SCRATCH = 4, REG_LEDS = 5,
            REG_CYCLES_LO = 6, REG_CYCLES_HI = 7, REG_ERRORS = 8, REG_STATUS = 9, REGISTERS = 10;

    /** "ACCF" and protocol version 1. */
    public static final int ID_VALUE = 0xACCF_0001;

    /** Request bytes after which a half-received request is dropped; quiet byte times that end the drain after a framing error. */
    public static final int IDLE_BYTE_TIMES = 16, DRAIN_BYTE_TIMES = 2;

    /** Bytes per command or response word: 4 per started 32 bits. */
    public static int wordBytes(int widthBits) { return 4 * ((widthBits + 31) / 32); }

    /** A status code's name, for messages. */
    public static String statusName(int status) {
        return switch (status) {
            case OK -> "OK";
            case BAD_CHECKSUM -> "BAD_CHECKSUM";
            case BAD_FRAME -> "BAD_FRAME";
            case BAD_OPCODE -> "BAD_OPCODE";
            case BAD_LENGTH -> "BAD_LENGTH";
            case BAD_REGISTER -> "BAD_REGISTER";
            case TIMEOUT -> "TIMEOUT";
            default -> String.format("0x%02x (unknown)", status);
        };
    }
}
