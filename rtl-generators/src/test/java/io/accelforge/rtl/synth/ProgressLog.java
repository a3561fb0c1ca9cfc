package io.accelforge.rtl.synth;

import io.accelforge.rtl.util.CacheRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options for tests: a given cache root, progress lines kept (and echoed to the test output). */
final class ProgressLog {
    final List<String> lines = new ArrayList<>();

    PpaOptions options(Path cacheRoot) {
        return PpaOptions.defaults().withCacheRoot(cacheRoot).withProgress(line -> {
            lines.add(line);
            System.out.println(line);
        });
    }

    boolean any(String prefix) { return lines.stream().anyMatch(l -> l.startsWith(prefix)); }
}
