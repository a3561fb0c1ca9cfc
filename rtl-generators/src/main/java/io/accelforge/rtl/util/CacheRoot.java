package io.accelforge.rtl.util;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where AccelForge keeps expensive results (Verilator models, PPA reports): $ACCELFORGE_CACHE,
 * else $XDG_CACHE_HOME/accelforge, else ~/.cache/accelforge.
 */
public final class CacheRoot {
    private CacheRoot() {}

    public static Path resolve() { return resolve(System.getenv(), System.getProperty("user.home")); }

    public static Path resolve(Map<String, String> env, String userHome) {
        String explicit = env.get("ACCELFORGE_CACHE");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "accelforge");
        return Path.of(userHome, ".cache", "accelforge");
    }
}
