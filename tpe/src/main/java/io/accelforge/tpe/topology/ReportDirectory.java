package io.accelforge.tpe.topology;

import io.accelforge.rtl.elab.DesignWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        DesignWriter.replaceDirectory(dir, files, COMPUTE_REPORT, "'forge tpe run'");
    }
}
