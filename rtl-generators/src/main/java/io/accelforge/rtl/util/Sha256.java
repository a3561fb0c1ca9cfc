package io.accelforge.rtl.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of delimited strings (cache keys), or over one file's bytes. */
public final class Sha256 {
    private final MessageDigest md;

    public Sha256() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Sha256 add(String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return this;
    }

    public String hex() { return HexFormat.of().formatHex(md.digest()); }

    public static String of(String s) { return new Sha256().add(s).hex(); }

    public static String ofFile(Path f) throws IOException {
        Sha256 h = new Sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) h.md.update(buf, 0, n);
        }
        return h.hex();
    }
}
