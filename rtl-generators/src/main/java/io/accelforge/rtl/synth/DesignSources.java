package io.accelforge.rtl.synth;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the flow needs of a design: its top, its files (name to text, in manifest order),
 * their content hash (the one {@link DesignWriter} puts in the manifest, so a design and its
 * written directory share one cache entry) and its clock ports.
 */
record DesignSources(String top, Map<String, String> files, String contentHash, List<String> clocks) {
    static DesignSources of(Design d) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : d.verilog().entrySet()) files.put(e.getKey() + ".v", e.getValue());
        files.putAll(d.externalSources());
        return new DesignSources(d.topName(), files, DesignWriter.contentHash(files), d.clocks().stream().map(Design.Clock::clock).toList());
    }

    /** Reads a directory written by {@link DesignWriter}; the hash is of the files as they are now. */
    static DesignSources read(Path dir) {
        try {
            Manifest m = Manifest.read(dir);
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : m.files()) {
                Path p = dir.resolve(f);
                if (!Files.isRegularFile(p)) throw new PpaException(p + ": listed in " + dir.resolve(Manifest.FILE_NAME) + " but missing; regenerate the design");
                files.put(f, Files.readString(p, StandardCharsets.UTF_8));
            }
            List<String> clocks = m.clocks() == null ? List.of() : m.clocks().stream().map(Design.Clock::clock).toList();
            return new DesignSources(m.top(), files, DesignWriter.contentHash(files), clocks);
        } catch (IOException e) {
            throw new PpaException(e.getMessage());
        }
    }

    /** Writes the files into {@code dir}; names must stay inside it. */
    void writeTo(Path dir) throws IOException {
        Path base = dir.toAbsolutePath().normalize();
        Files.createDirectories(base);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = base.resolve(e.getKey()).normalize();
            if (!p.startsWith(base) || p.equals(base)) throw new PpaException("design file name '" + e.getKey() + "' leaves the design directory");
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The files Yosys reads: Verilog (.v) and SystemVerilog (.sv); others (includes, data) are only copied. */
    List<String> hdlFiles() { return files.keySet().stream().filter(f -> f.endsWith(".v") || f.endsWith(".sv")).toList(); }
}
