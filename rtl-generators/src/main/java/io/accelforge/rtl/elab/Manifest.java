package io.accelforge.rtl.elab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a generated directory holds: top module, ports, clocks, the generator and its
 * parameters, the files, and a SHA-256 over the files (names and bytes, in order).
 */
public record Manifest(int format, String top, String generator, Map<String, Object> parameters,
                       List<Design.Port> ports, List<Design.Clock> clocks, List<String> files, String contentHash) {
    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code dir/manifest.json}; fails with the file and what is wrong with it. */
    public static Manifest read(Path dir) throws IOException {
        Path f = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) throw new IOException(f + ": no design manifest here; generate one with 'forge generate <generator> -o " + dir + "'");
        try {
            Manifest m = JSON.readValue(f.toFile(), Manifest.class);
            if (m.top() == null || m.files() == null || m.files().isEmpty()) throw new IOException(f + ": manifest lacks 'top' or 'files'");
            return m;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(f + ":" + (e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":") + " malformed manifest: " + e.getOriginalMessage());
        }
    }
}
