package io.accelforge.tpe.topology;

import io.accelforge.rtl.elab.DesignWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a run's reports all or nothing: into a temporary sibling directory, then moved into
 * place. An existing directory is replaced only when it is empty or holds a previous run's
 * {@code COMPUTE_REPORT.csv}, never someone's other files.
 */
public final class ReportDirectory {
    public static final String COMPUTE_REPORT = "COMPUTE_REPORT.csv";
    public static final String ENGINE_REPORT = "ENGINE_REPORT.csv";

    private ReportDirectory() {}

    /** The two reports of {@code runs} into {@code dir}. */
    public static void write(Path dir, List<LayerRun> runs) throws IOException {
        String compute = ComputeReport.csv(runs.stream().map(LayerRun::scaleSim).toList());
        write(dir, Map.of(COMPUTE_REPORT, compute, ENGINE_REPORT, EngineReport.csv(runs)));
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) throw new FileAlreadyExistsException(target + " exists and is not a directory; choose another -o");
            if (!isEmpty(target) && !Files.exists(target.resolve(COMPUTE_REPORT))) {
                throw new FileAlreadyExistsException(target + " holds files that 'forge tpe run' did not write; choose an empty or new -o directory");
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
            if (old != null) DesignWriter.deleteTree(old);
        } catch (IOException | RuntimeException e) {
            DesignWriter.deleteTree(tmp);
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
}
