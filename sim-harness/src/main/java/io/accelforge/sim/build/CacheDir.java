package io.accelforge.sim.build;

import java.nio.file.Path;

/** Where built models live: $ACCELFORGE_CACHE, else $XDG_CACHE_HOME/accelforge, else ~/.cache/accelforge. */
public final class CacheDir {
    private CacheDir() {}

    public static Path root() {
        String explicit = System.getenv("ACCELFORGE_CACHE");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "accelforge");
        return Path.of(System.getProperty("user.home"), ".cache", "accelforge");
    }
}
