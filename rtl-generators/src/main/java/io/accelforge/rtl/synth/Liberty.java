package io.accelforge.rtl.synth;

import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Liberty library the PPA flow maps to and times with: its path and the SHA-256 of its
 * bytes (part of every cache key). It is found, in order, from the system property
 * {@value #PROPERTY}, the environment variable {@value #ENV}, or by looking for
 * {@code shared/pdk/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib} in the working directory and
 * each of its parents (the repository's {@code ../shared} is one of them).
 */
public record Liberty(Path path, String sha256) {
    public static final String PROPERTY = "accelforge.liberty";
    public static final String ENV = "ACCELFORGE_LIBERTY";
    public static final Path SHARED_PATH = Path.of("shared", "pdk", "ihp-sg13g2", "sg13g2_stdcell_typ_1p20V_25C.lib");

    // hashing 1.7 MB on every run would cost more than a cache hit; a changed file has a new size or time
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    public String fileName() { return path.getFileName().toString(); }

    /** The library the property, the environment or the upward search names. */
    public static Liberty find() {
        return find(System.getProperty(PROPERTY), System.getenv(ENV), Path.of("").toAbsolutePath());
    }

    static Liberty find(String property, String env, Path start) {
        if (property != null && !property.isBlank()) return named(Path.of(property), "-D" + PROPERTY);
        if (env != null && !env.isBlank()) return named(Path.of(env), ENV);
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(SHARED_PATH);
            if (Files.isRegularFile(candidate)) return of(candidate);
        }
        throw new PpaException("no Liberty file: -D" + PROPERTY + " and " + ENV + " are unset and no " + SHARED_PATH + " exists in "
                + start.toAbsolutePath().normalize() + " or any parent; set -D" + PROPERTY + "=<file.lib> or " + ENV + "=<file.lib>");
    }

    static Liberty named(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            throw new PpaException("no Liberty file at " + file.toAbsolutePath() + " (named by " + source + "); point " + source
                    + " at a .lib file such as " + SHARED_PATH.getFileName());
        }
        return of(file);
    }

    /** The library at {@code file}; fails with its path when it cannot be read. */
    public static Liberty of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(abs)) throw new PpaException("no Liberty file at " + abs + "; set -D" + PROPERTY + "=<file.lib> or " + ENV + "=<file.lib>");
            String stamp = abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis();
            String hash = HASHES.get(stamp);
            if (hash == null) {
                hash = Sha256.ofFile(abs);
                HASHES.put(stamp, hash);
            }
            return new Liberty(abs, hash);
        } catch (IOException e) {
            throw new PpaException("cannot read Liberty file " + abs + ": " + e.getMessage());
        }
    }
}
