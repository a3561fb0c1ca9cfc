package io.accelforge.fpga.flow;

import io.accelforge.fpga.board.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An iCE40 bitstream file (.bin from icepack): its size is fixed per device (HX1K 32220 B,
 * HX8K 135100 B, UP5K 104090 B) and it starts with ff 00 00 ff 7e aa 99 7e (a comment block
 * and the sync word). Checked before it is reported or programmed.
 */
public record Bitstream(Path file, long bytes, String sha256) {
    static final byte[] HEADER = {(byte) 0xff, 0x00, 0x00, (byte) 0xff, 0x7e, (byte) 0xaa, (byte) 0x99, 0x7e};

    /** Reads and checks {@code file} against {@code d}; fails with what is wrong and which device it looks like. */
    public static Bitstream check(Path file, Device d, Iterable<Device> all) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such bitstream file");
        byte[] b = Files.readAllBytes(file);
        if (!startsWithHeader(b)) {
            throw new FlowException(file + " is not an iCE40 bitstream: it does not start with ff 00 00 ff 7e aa 99 7e (an icepack .bin); "
                    + (file.toString().endsWith(".asc") ? "run icepack on the .asc first" : "was it built for another FPGA family?"));
        }
        if (b.length != d.bitstreamBytes()) {
            String other = "";
            for (Device x : all) if (x.bitstreamBytes() == b.length) other = " (it is the size of a " + x.name() + " bitstream)";
            throw new FlowException(file + " has " + b.length + " bytes; a " + d.name() + " bitstream has " + d.bitstreamBytes() + other
                    + ": it was built for another device");
        }
        return new Bitstream(file, b.length, sha256(b));
    }

    static boolean startsWithHeader(byte[] b) {
        if (b.length < HEADER.length) return false;
        for (int i = 0; i < HEADER.length; i++) if (b[i] != HEADER[i]) return false;
        return true;
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
