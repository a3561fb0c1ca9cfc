package io.accelforge.rtl.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache root: ACCELFORGE_CACHE, else XDG_CACHE_HOME/accelforge, else ~/.cache/accelforge. */
class CacheRootTest {
    @Test void explicitCacheVariableWins() {
        assertEquals(Path.of("/c"), CacheRoot.resolve(Map.of("ACCELFORGE_CACHE", "/c", "XDG_CACHE_HOME", "/x"), "/home/u"));
    }

    @Test void xdgCacheHomeComesNext() {
        assertEquals(Path.of("/x/accelforge"), CacheRoot.resolve(Map.of("XDG_CACHE_HOME", "/x", "ACCELFORGE_CACHE", " "), "/home/u"));
    }

    @Test void homeCacheIsTheDefault() {
        assertEquals(Path.of("/home/u/.cache/accelforge"), CacheRoot.resolve(Map.of(), "/home/u"));
    }
}
