package io.accelforge.fpga.link;

import io.accelforge.fpga.shell.Protocol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The host side of the shell protocol ({@link Protocol}) over any {@link Transport}: registers,
 * and commands on the accelerator's command interface with wide words split into and
 * reassembled from 32-bit chunks. Long transfers are split into as many frames as needed.
 *
 * <p>A request that the shell rejected as BAD_CHECKSUM or BAD_FRAME was not executed, so it is
 * sent again (up to {@link #RETRIES} times) after the line has been quiet. A response that is
 * missing or corrupted is an error: the request may have run (a COMPUTE must not run twice).
 */
public final class ShellClient implements AutoCloseable {
    public static final int RETRIES = 3;
    private final Transport link;
    private final ShellInfo info;
    private long retried;

    private ShellClient(Transport link) {
        this.link = link;
        int id = readRegister(Protocol.REG_ID);
        if (id != Protocol.ID_VALUE) {
            throw new LinkException(String.format("%s answered ID 0x%08x, not the shell's 0x%08x: another design is loaded", link.describe(), id, Protocol.ID_VALUE));
        }
        int widths = readRegister(Protocol.REG_CMD_WIDTHS);
        int shape = readRegister(Protocol.REG_CMD_SHAPE);
        long hz = Integer.toUnsignedLong(readRegister(Protocol.REG_CLOCK_HZ));
        info = new ShellInfo(id, widths & 0xFFFF, widths >>> 16, shape & 0xFF, shape >>> 8 & 0xFF, shape >>> 16 & 0xFFFF, hz);
    }

    /** Checks the shell's ID and reads the shape of its command interface. */
    public static ShellClient connect(Transport link) { return new ShellClient(link); }

    public ShellInfo info() { return info; }

    public Transport transport() { return link; }

    /** Requests that were sent again after the shell reported BAD_CHECKSUM or BAD_FRAME. */
    public long retried() { return retried; }

    // ---- registers ----------------------------------------------------------------------

    public int readRegister(int reg) {
        byte[] p = request(Protocol.READ_REG, new byte[] {(byte) reg}, "READ_REG " + reg);
        if (p.length != 4) throw new LinkException("READ_REG " + reg + " answered " + p.length + " bytes, expected 4");
        return (p[0] & 0xFF) | (p[1] & 0xFF) << 8 | (p[2] & 0xFF) << 16 | (p[3] & 0xFF) << 24;
    }

    public void writeRegister(int reg, int value) {
        request(Protocol.WRITE_REG, new byte[] {(byte) reg, (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)},
                "WRITE_REG " + reg);
    }

    /** Shell clock cycles since reset (CYCLES_LO then the high half it latched). */
    public long cycles() {
        long lo = Integer.toUnsignedLong(readRegister(Protocol.REG_CYCLES_LO));
        long hi = Integer.toUnsignedLong(readRegister(Protocol.REG_CYCLES_HI));
        return hi << 32 | lo;
    }

    // ---- the accelerator's command interface ---------------------------------------------

    /** One command with cmdData = 0 (COMPUTE, CLEAR_C). */
    public void command(int op, int addr) {
        checkCommand(op, addr, 1);
        request(Protocol.CMD, new byte[] {(byte) op, (byte) addr, (byte) (addr >>> 8)}, "CMD op " + op + " addr " + addr);
    }

    /** Commands {@code op} at addr, addr+1, ... with these words as cmdData (WRITE_A, WRITE_B). */
    public void writeWords(int op, int addr, List<BigInteger> words) {
        checkCommand(op, addr, words.size());
        int per = info.writeWordsPerFrame();
        for (int from = 0; from < words.size(); from += per) {
            List<BigInteger> chunk = words.subList(from, Math.min(words.size(), from + per));
            byte[] p = new byte[4 + chunk.size() * info.cmdBytes()];
            int a = addr + from;
            p[0] = (byte) op;
            p[1] = (byte) a;
            p[2] = (byte) (a >>> 8);
            p[3] = (byte) chunk.size();
            for (int w = 0; w < chunk.size(); w++) putWord(p, 4 + w * info.cmdBytes(), chunk.get(w), info.cmdWidth(), info.cmdBytes());
            request(Protocol.CMD_WRITE, p, "CMD_WRITE op " + op + " addr " + a + " x" + chunk.size());
        }
    }

    /** The rspData of commands {@code op} at addr, addr+1, ... (READ_C, READ_STATUS, READ_CYCLES). */
    public List<BigInteger> readWords(int op, int addr, int count) {
        checkCommand(op, addr, count);
        int per = info.readWordsPerFrame();
        List<BigInteger> out = new ArrayList<>(count);
        for (int from = 0; from < count; from += per) {
            int n = Math.min(per, count - from);
            int a = addr + from;
            String what = "CMD_READ op " + op + " addr " + a + " x" + n;
            byte[] p = request(Protocol.CMD_READ, new byte[] {(byte) op, (byte) a, (byte) (a >>> 8), (byte) n}, what);
            if (p.length != n * info.rspBytes()) throw new LinkException(what + " answered " + p.length + " bytes, expected " + n * info.rspBytes());
            for (int w = 0; w < n; w++) out.add(getWord(p, w * info.rspBytes(), info.rspBytes()));
        }
        return out;
    }

    /** One response word. */
    public BigInteger readWord(int op, int addr) { return readWords(op, addr, 1).getFirst(); }

    // ---- framing ------------------------------------------------------------------------

    /** Sends a request and returns its response payload; resends what the shell rejected unexecuted. */
    public byte[] request(int op, byte[] payload, String what) {
        byte[] frame = Frames.request(op, payload);
        for (int attempt = 0; ; attempt++) {
            link.write(frame);
            Frames.Response r = Frames.readResponse(link, what);
            if (r.status() == Protocol.OK) return r.payload();
            boolean unexecuted = r.status() == Protocol.BAD_CHECKSUM || r.status() == Protocol.BAD_FRAME;
            if (!unexecuted || attempt == RETRIES) throw new ShellError(r.status(), what + (attempt > 0 ? " (after " + attempt + " retries)" : ""));
            retried++;
            link.quiet(2 * Protocol.IDLE_BYTE_TIMES);
        }
    }

    private void checkCommand(int op, int addr, int count) {
        if (op < 0 || op >= 1 << info.opWidth()) throw new IllegalArgumentException("op " + op + " does not fit the accelerator's " + info.opWidth() + "-bit cmdOp");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
        long last = (long) addr + count - 1;
        if (addr < 0 || last >= 1L << Math.min(16, info.addrWidth())) {
            throw new IllegalArgumentException("addresses " + addr + ".." + last + " do not fit the accelerator's " + info.addrWidth() + "-bit cmdAddr");
        }
    }

    static void putWord(byte[] p, int at, BigInteger word, int width, int bytes) {
        if (word.signum() < 0 || word.bitLength() > width) throw new IllegalArgumentException("word " + word + " does not fit " + width + "-bit cmdData");
        for (int i = 0; i < bytes; i++) p[at + i] = word.shiftRight(8 * i).byteValue();
    }

    static BigInteger getWord(byte[] p, int at, int bytes) {
        byte[] be = new byte[bytes + 1];
        for (int i = 0; i < bytes; i++) be[bytes - i] = p[at + i];
        return new BigInteger(be);
    }

    @Override public void close() { link.close(); }
}
