package io.accelforge.tpe.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.model.EngineCycleModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyRunTest {
    private static final Topology SMALL = Topology.parse("small.csv", "Layer,M,N,K,\nragged,9,6,11,\nsquare,4,4,4,\n");
    private static final GemmEngineParams OS4 = GemmEngineParams.of(Architecture.SYSTOLIC_OS, 4, 4, Precision.INT8, true, PeKind.PLAIN);

    @Test void modelRunGivesScaleSimsCountAndTheEngineModelPerLayer() {
        List<LayerRun> runs = TopologyRun.model(OS4, SMALL);
        LayerRun ragged = runs.getFirst();
        // 9 rows over 4 (3 folds) x 6 columns over 4 (2 folds), each K + R + C - 2 = 17 cycles
        assertEquals(6 * 17, ragged.computeCycles());
        assertEquals(6 * 17 - 1, ragged.scaleSim().totalCycles());
        assertEquals(EngineCycleModel.gemm(OS4, 9, 11, 6), ragged.engine());
        assertNull(ragged.rtl());
        assertTrue(ragged.agrees());
    }

    @Test void rtlRunOnA4x4EngineComputesEveryLayersCInTheModelsCycles() {
        List<String> progress = new ArrayList<>();
        List<LayerRun> runs = TopologyRun.rtl(OS4, SMALL, 7, progress::add);
        assertEquals(2, runs.size());
        for (LayerRun r : runs) {
            assertEquals(0, r.rtl().mismatches(), r::disagreement);
            assertEquals(r.engine().total(), r.rtl().cycles(), r::disagreement);
            assertEquals(TopologyRun.layerSeed(7, r.layerId()), r.rtl().seed());
        }
        assertTrue(progress.getLast().contains("square"), progress.toString());
    }

    @Test void rtlRunOnAWeightStationaryEngineAgreesWithItsModel() {
        GemmEngineParams ws = GemmEngineParams.of(Architecture.SYSTOLIC_WS, 4, 4, Precision.INT8, false, PeKind.OPT1);
        for (LayerRun r : TopologyRun.rtl(ws, SMALL, 3, s -> {})) assertTrue(r.agrees(), r::disagreement);
    }

    @Test void disagreementNamesTheLayerTheSeedAndBothCounts() {
        LayerRun ok = TopologyRun.model(OS4, SMALL).getFirst();
        LayerRun bad = new LayerRun(0, ok.layer(), ok.computeCycles(), ok.scaleSim(), ok.engine(),
                new LayerRun.Rtl(42, ok.engine().total() + 1, 2, "C[0][1] expected 5, actual 6"));
        assertEquals("layer 0 (ragged, 9x11x6, seed 42): 2 elements of C differ from the golden GEMM, first C[0][1] expected 5, actual 6; RTL "
                + (ok.engine().total() + 1) + " cycles, model " + ok.engine().total(), bad.disagreement());
    }

    @Test void writesBothReportsAndReplacesOnlyAPreviousRun(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        List<LayerRun> runs = TopologyRun.model(OS4, SMALL);
        ReportDirectory.write(out, runs);
        List<String> compute = Files.readAllLines(out.resolve("COMPUTE_REPORT.csv"));
        assertEquals(List.of(ComputeReport.HEADER, runs.get(0).scaleSim().csv(), runs.get(1).scaleSim().csv()), compute);
        List<String> engine = Files.readAllLines(out.resolve("ENGINE_REPORT.csv"));
        assertEquals(EngineReport.HEADER, engine.getFirst());
        long total = runs.getFirst().engine().total();
        assertTrue(engine.get(1).startsWith("0, ragged, 9, 6, 11, 102, "), engine.get(1));
        assertTrue(engine.get(1).endsWith(", " + total + ", , , ,"), engine.get(1));
        ReportDirectory.write(out, runs);
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> ReportDirectory.write(foreign, runs));
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }
}
