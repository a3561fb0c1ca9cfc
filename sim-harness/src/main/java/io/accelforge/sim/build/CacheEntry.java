package io.accelforge.sim.build;

import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One content-addressed directory of the build cache. It is built in a temporary directory
 * under a file lock and renamed into place, so concurrent builders (threads or processes)
 * build it once; a stamp with the hash of the main file detects a corrupted entry.
 */
final class CacheEntry {
    private static final String STAMP = "entry.sha256";

    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path dir;
    private final String mainFile;

    CacheEntry(Path dir, String mainFile) {
        this.dir = dir;
        this.mainFile = mainFile;
    }

    Path dir() { return dir; }

    Path main() { return dir.resolve(mainFile); }

    /** True when the entry exists and its main file still has the hash it was stamped with. */
    boolean isValid() {
        try {
            Path stamp = dir.resolve(STAMP);
            if (!Files.isRegularFile(stamp) || !Files.isRegularFile(main())) return false;
            return Files.readString(stamp).trim().equals(Sha256.ofFile(main()));
        } catch (IOException e) {
            return false;
        }
    }

    interface Builder {
        void build(Path into) throws IOException;
    }

    /** Returns true when it built the entry, false when a valid one was already there. */
    boolean ensure(Builder builder) throws IOException {
        if (isValid()) return false;
        Files.createDirectories(dir.getParent());
        Path lockFile = dir.getParent().resolve(dir.getFileName() + ".lock");
        // threads of this JVM queue on the monitor; other processes on the file lock
        synchronized (IN_PROCESS.computeIfAbsent(dir.toAbsolutePath(), k -> new Object())) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    return buildLocked(builder);
                } finally {
                    lock.release();
                }
            }
        }
    }

    private boolean buildLocked(Builder builder) throws IOException {
        if (isValid()) return false;
        if (Files.exists(dir)) deleteTree(dir);   // corrupted or half-written: rebuild
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        try {
            builder.build(tmp);
            Files.writeString(tmp.resolve(STAMP), Sha256.ofFile(tmp.resolve(mainFile)) + "\n");
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        return true;
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
