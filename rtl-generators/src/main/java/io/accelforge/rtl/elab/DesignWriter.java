package io.accelforge.rtl.elab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a design's Verilog (one file per module) and its manifest into a directory, all or
 * nothing: files go to a temporary sibling directory that is then moved into place.
 */
public final class DesignWriter {
    private DesignWriter() {}

    public static Manifest write(Design d, Path dir, String generator, Map<String, Object> parameters) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : d.verilog().entrySet()) files.put(e.getKey() + ".v", e.getValue());
        files.putAll(d.externalSources());
        Manifest m = new Manifest(1, d.topName(), generator, stringKeys(parameters), d.portDescriptions(), d.clocks(),
                new ArrayList<>(files.keySet()), contentHash(files));
        files.put(Manifest.FILE_NAME, m.toJson());
        writeAtomically(dir, files);
        return m;
    }

    /** SHA-256 over each file's name and bytes, in order. */
    public static String contentHash(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces {@code dir} with exactly {@code files}. An existing directory is replaced only
     * when it is empty or holds a manifest (a previous output), never someone's other files.
     */
    public static void writeAtomically(Path dir, Map<String, String> files) throws IOException {
        replaceDirectory(dir, files, Manifest.FILE_NAME, "AccelForge");
    }

    /**
     * Replaces {@code dir} with exactly {@code files}, all or nothing: written into a temporary
     * sibling, then moved into place. An existing directory is replaced only when it is empty or
     * holds {@code marker} (the file by which {@code writer}'s earlier output is known).
     */
    public static void replaceDirectory(Path dir, Map<String, String> files, String marker, String writer) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) throw new FileAlreadyExistsException(target + " exists and is not a directory; choose another -o");
            if (!isEmpty(target) && !Files.exists(target.resolve(marker))) {
                throw new FileAlreadyExistsException(target + " holds files that " + writer + " did not write; choose an empty or new -o directory");
            }
        }
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            for (Map.Entry<String, String> e : files.entrySet()) Files.writeString(tmp.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(tmp, target);
            if (old != null) deleteTree(old);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> stringKeys(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : v));
        return out;
    }

    /** The files of a written directory, in manifest order. */
    public static List<Path> files(Path dir, Manifest m) {
        List<Path> out = new ArrayList<>();
        for (String f : m.files()) out.add(dir.resolve(f));
        return out;
    }
}
