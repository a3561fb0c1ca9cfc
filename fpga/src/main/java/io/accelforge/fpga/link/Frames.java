package io.accelforge.fpga.link;

import io.accelforge.fpga.shell.Crc8;
import io.accelforge.fpga.shell.Protocol;
import java.io.ByteArrayOutputStream;

/** Request encoding and response decoding of the shell protocol ({@link Protocol}, "Frames"). */
public final class Frames {
    private Frames() {}

    /** A decoded response. */
    public record Response(int status, byte[] payload) {}

    /** The bytes of a request frame. */
    public static byte[] request(int op, byte[] payload) {
        if (payload.length > Protocol.MAX_PAYLOAD) throw new IllegalArgumentException("payload of " + payload.length + " bytes; at most " + Protocol.MAX_PAYLOAD);
        byte[] f = new byte[payload.length + 4];
        f[0] = (byte) Protocol.SYNC_REQUEST;
        f[1] = (byte) op;
        f[2] = (byte) payload.length;
        System.arraycopy(payload, 0, f, 3, payload.length);
        f[f.length - 1] = (byte) Crc8.of(f, 1, f.length - 1);
        return f;
    }

    /** The bytes of a response frame (the shell's side; for tests and documentation). */
    public static byte[] response(int status, byte[] payload) {
        byte[] f = request(status, payload);
        f[0] = (byte) Protocol.SYNC_RESPONSE;
        return f;
    }

    /**
     * Reads one response from {@code t}: skips bytes before the start byte, then reads status,
     * length, payload and CRC; fails when the link goes quiet or the CRC is wrong.
     */
    public static Response readResponse(Transport t, String request) {
        ByteArrayOutputStream skipped = new ByteArrayOutputStream();
        int first;
        while ((first = readByte(t, request)) != Protocol.SYNC_RESPONSE) skipped.write(first);
        int status = readByte(t, request);
        int len = readByte(t, request);
        byte[] payload = new byte[len];
        for (int i = 0; i < len; i++) payload[i] = (byte) readByte(t, request);
        int crc = readByte(t, request);
        byte[] covered = new byte[len + 2];
        covered[0] = (byte) status;
        covered[1] = (byte) len;
        System.arraycopy(payload, 0, covered, 2, len);
        int expected = Crc8.of(covered, 0, covered.length);
        if (crc != expected) {
            throw new LinkException(String.format("corrupted response to %s on %s: CRC 0x%02x, expected 0x%02x (status %s, %d payload bytes)%s",
                    request, t.describe(), crc, expected, Protocol.statusName(status), len,
                    skipped.size() == 0 ? "" : "; " + skipped.size() + " stray bytes before it"));
        }
        return new Response(status, payload);
    }

    private static int readByte(Transport t, String request) {
        byte[] b = new byte[1];
        if (t.read(b, 0, 1) == 0) {
            throw new LinkException("no answer to " + request + " from " + t.describe() + " within " + t.timeoutDescription()
                    + "; is the shell's bitstream loaded and the baud rate right?");
        }
        return b[0] & 0xFF;
    }
}
