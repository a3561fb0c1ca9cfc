package io.accelforge.tpe.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir Path tmp;

    private static Comparison comparison(boolean cached) {
        ArrayMeasurer m = p -> {
            var r = Reports.scaled().measure(p);
            return Reports.of(r.top(), r.cellAreaUm2(), r.fmaxMhz(), r.power().totalW() * 1e3, cached, cached ? 0 : 123.4);
        };
        return Comparison.run(Comparison.MATCHED, m, line -> {});
    }

    @Test void theSameMeasurementsGiveByteIdenticalFilesWhetherMeasuredOrCached() throws Exception {
        List<Path> a = ReportFiles.write(comparison(false), tmp.resolve("a"));
        List<Path> b = ReportFiles.write(comparison(true), tmp.resolve("b"));
        assertEquals(List.of("compare.json", "compare.csv", "compare.html"), a.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        try (Stream<Path> left = Files.list(tmp.resolve("a"))) {
            assertEquals(3, left.count(), "no temporary files left behind");
        }
    }

    @Test void theCsvSaysForEachArchitectureByHowMuchTheGoalIsMissed() {
        String csv = ReportFiles.csv(comparison(false));
        List<String> lines = csv.lines().toList();
        assertEquals(ReportFiles.DESIGN_HEADER, lines.getFirst());
        assertEquals(1 + 10 + 1 + 1 + 5, lines.size(), csv);
        assertEquals("systolic-os,16x16,int8,opt1,1.143,1.27,1,1.04,1.2,1.05,1.25,0.107,missed by 0.11x (8.6% below 1.25x)", lines.get(13));
        assertEquals("matrix-2d,16x16,int8,opt1,1.143,1.44,1,1.2,1.2,1.05,,0,no goal", lines.get(17));
    }

    @Test void theJsonHoldsTheRatiosTheGoalAndTheMethod() throws Exception {
        Path json = ReportFiles.write(comparison(false), tmp).getFirst();
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        JsonNode tree = root.get("comparisons").get(3);
        assertEquals("mac-tree", tree.get("architecture").asText());
        assertEquals("opt2", tree.get("optimisedPe").asText());
        assertEquals(1.5, tree.get("goal").asDouble());
        assertEquals(0.357, tree.get("shortfall").asDouble(), 1e-9);
        assertEquals(10, root.get("designs").size());
        assertTrue(root.get("method").toString().contains("0.1 toggles per clock"), root.get("method").toString());
    }

    @Test void theComparisonPageHasABarPerDesignAndTheRatiosAgainstThePaper() {
        String html = Html.compare(comparison(false));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"), html);
        assertEquals(10, html.split("<rect ", -1).length - 1, "two bars per architecture");
        assertTrue(html.contains("1.14x (paper 1.56x)"), "the tree's pair is labelled with its ratio and the paper's");
        assertTrue(html.contains("missed by 0.36x (23.8% below 1.50x)"), html);
    }

    @Test void theSweepPageJoinsTheParetoFrontAndListsWhatWasSkipped() throws Exception {
        ArrayPoint p = new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(2, 2), Precision.INT4, PeKind.PLAIN);
        Sweep s = Sweep.of("flow", List.of(ArrayResult.of(p, Reports.of("a", 1e6, 100, 1)), ArrayResult.of(p, Reports.of("b", 2e6, 200, 1)),
                ArrayResult.of(p, Reports.of("c", 2e6, 150, 1))), List.of("skipped x: because"));
        List<Path> files = ReportFiles.write(s, tmp);
        String csv = Files.readString(files.get(1));
        assertTrue(csv.lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList().equals(List.of("true", "true", "false")), csv);
        String html = Files.readString(files.get(2));
        assertEquals(3, html.split("<circle ", -1).length - 1);
        assertTrue(html.contains("<polyline points=\""), "the front of two points is joined");
        assertTrue(html.contains("<li>skipped x: because</li>"), html);
    }

    @Test void niceAxisEndsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(1000, Html.niceCeil(1000));
        assertEquals(2500, Html.niceCeil(2001));
        assertEquals(0.5, Html.niceCeil(0.31), 1e-12);
        assertEquals(1, Html.niceCeil(0));
        assertEquals("0.00625", Html.tick(0.025 / 4));
        assertEquals("1875", Html.tick(1875));
        assertEquals("0.3333", Html.tick(1.0 / 3));
        assertEquals("0", Html.tick(0));
    }
}
