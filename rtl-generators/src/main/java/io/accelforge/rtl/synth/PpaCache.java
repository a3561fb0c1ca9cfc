package io.accelforge.rtl.synth;

import io.accelforge.rtl.elab.DesignWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PPA results under {@code <cache root>/ppa/<key prefix>/}: the report as JSON beside the
 * scripts, logs, reports and netlist that produced it. An entry is measured in a
 * {@code .work} sibling under a file lock and renamed into place, so concurrent runs
 * (threads or processes) measure it once; after a failure the {@code .work} directory keeps
 * the logs the error message names.
 */
final class PpaCache {
    static final String REPORT = "report.json";
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path dir;

    PpaCache(Path cacheRoot) { this.dir = cacheRoot.resolve("ppa"); }

    Path entry(String key) { return dir.resolve(key.substring(0, 24)); }

    /** The stored report for {@code key} marked as from the cache, or null (absent, unreadable or another key's). */
    PpaReport lookup(String key) {
        Path f = entry(key).resolve(REPORT);
        if (!Files.isRegularFile(f)) return null;
        try {
            PpaReport r = PpaReport.fromJson(Files.readString(f));
            return r.format() == PpaReport.FORMAT && key.equals(r.cacheKey()) ? r.withFromCache(true) : null;
        } catch (IOException e) {
            return null;   // damaged or an older layout: measure again
        }
    }

    interface Measurement {
        PpaReport measure(Path workDir) throws IOException;
    }

    /** The cached report, or the one {@code m} measures now (then stored). */
    PpaReport getOrMeasure(String key, Measurement m) throws IOException {
        PpaReport hit = lookup(key);
        if (hit != null) return hit;
        Path entry = entry(key);
        Files.createDirectories(dir);
        // threads of this JVM queue on the monitor; other processes on the file lock
        synchronized (IN_PROCESS.computeIfAbsent(entry.toAbsolutePath(), k -> new Object())) {
            try (FileChannel ch = FileChannel.open(dir.resolve(entry.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    return measureLocked(key, entry, m);
                } finally {
                    lock.release();
                }
            }
        }
    }

    private PpaReport measureLocked(String key, Path entry, Measurement m) throws IOException {
        PpaReport hit = lookup(key);
        if (hit != null) return hit;
        Path work = dir.resolve(entry.getFileName() + ".work");
        DesignWriter.deleteTree(work);
        Files.createDirectories(work);
        PpaReport r = m.measure(work);
        Files.writeString(work.resolve(REPORT), r.toJson());
        DesignWriter.deleteTree(entry);
        try {
            Files.move(work, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(work, entry);
        }
        return r;
    }
}
