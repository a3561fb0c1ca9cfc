package io.accelforge.tpe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.tools.ToolException;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static ArrayPoint os(PeKind k) { return new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(4, 4), Precision.INT8, k); }

    @Test void gopsIsTwoOperationsPerMacPerCycleAtFmaxAndEnergyIsPowerOverTheMacRate() {
        ArrayResult r = ArrayResult.of(os(PeKind.PLAIN), Reports.of("os", 2_000_000, 250, 10));
        assertEquals(16, r.macsPerCycle());
        assertEquals(8.0, r.gops(), 1e-9, "2 x 16 MACs x 250 MHz");
        assertEquals(4.0, r.gopsPerMm2(), 1e-9, "8 GOPS on 2 mm2");
        assertEquals(6.25, r.energyPjPerMac(), 1e-9, "10 mW / (16 MACs x 100 MHz)");
        assertEquals(0.1, r.activity());
    }

    @Test void aRatioBelowTheGoalIsMissedByTheGapAndSaysSo() {
        ArrayResult plain = ArrayResult.of(os(PeKind.PLAIN), Reports.of("p", 1_000_000, 100, 10));
        ArrayResult opt = ArrayResult.of(os(PeKind.OPT1), Reports.of("o", 1_000_000, 120, 8));
        PeComparison c = PeComparison.of(plain, opt, PaperRatio.of(Architecture.SYSTOLIC_OS));
        assertEquals(1.2, c.gopsPerMm2Ratio(), 1e-9);
        assertEquals(1.25, c.energyEffRatio(), 1e-9, "10 mW / 8 mW at the same MAC rate");
        assertEquals(0.05, c.shortfall(), 1e-9);
        assertTrue(c.missed());
        assertEquals("missed by 0.05x (4.0% below 1.25x)", c.verdict());
        assertEquals(1.27, c.paperAreaEff());
    }

    @Test void aRatioAtOrAboveTheGoalIsMetWithNoShortfall() {
        ArrayPoint plainTree = new ArrayPoint(Architecture.TREE, List.of(4, 4), Precision.INT8, PeKind.PLAIN);
        ArrayPoint optTree = new ArrayPoint(Architecture.TREE, List.of(4, 4), Precision.INT8, PeKind.OPT2);
        PeComparison c = PeComparison.of(ArrayResult.of(plainTree, Reports.of("p", 1_000_000, 100, 1)),
                ArrayResult.of(optTree, Reports.of("o", 500_000, 80, 1)), PaperRatio.of(Architecture.TREE));
        assertEquals(1.6, c.gopsPerMm2Ratio(), 1e-9, "80% of the speed on half the area");
        assertEquals(0, c.shortfall());
        assertFalse(c.missed());
        assertEquals("met (1.60x >= 1.50x)", c.verdict());
    }

    @Test void theTwoDMatrixHasThePapersRatioButNoGoal() {
        ArrayPoint p = new ArrayPoint(Architecture.MATRIX_2D, List.of(2, 2), Precision.INT8, PeKind.PLAIN);
        ArrayPoint o = new ArrayPoint(Architecture.MATRIX_2D, List.of(2, 2), Precision.INT8, PeKind.OPT1);
        PeComparison c = PeComparison.of(ArrayResult.of(p, Reports.of("p", 1e6, 100, 1)), ArrayResult.of(o, Reports.of("o", 1e6, 50, 1)), PaperRatio.of(Architecture.MATRIX_2D));
        assertNull(c.goal());
        assertEquals(1.44, c.paperAreaEff());
        assertEquals("no goal", c.verdict());
        assertFalse(c.missed(), "a ratio of 0.5 misses nothing without a goal");
    }

    @Test void comparingDifferentShapesIsRefused() {
        ArrayResult a = ArrayResult.of(os(PeKind.PLAIN), Reports.of("a", 1e6, 100, 1));
        ArrayResult b = ArrayResult.of(new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(8, 8), Precision.INT8, PeKind.OPT1), Reports.of("b", 1e6, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> PeComparison.of(a, b, PaperRatio.of(Architecture.SYSTOLIC_OS)));
    }

    @Test void theMatchedComparisonMeasuresPlainThenOptimisedForEveryArchitectureAtTheIssuesShapes() {
        List<String> measured = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        ArrayMeasurer m = p -> {
            measured.add(p.label());
            return Reports.scaled().measure(p);
        };
        Comparison c = Comparison.run(Comparison.MATCHED, m, progress::add);
        assertEquals(List.of("systolic-os 16x16 int8 plain", "systolic-os 16x16 int8 opt1", "systolic-ws 16x16 int8 plain", "systolic-ws 16x16 int8 opt1",
                "cube 8x8x8 int8 plain", "cube 8x8x8 int8 opt1", "mac-tree 16x16 int8 plain", "mac-tree 16x16 int8 opt2",
                "matrix-2d 16x16 int8 plain", "matrix-2d 16x16 int8 opt1"), measured);
        assertEquals(List.of(1.27, 1.27, 1.28, 1.56, 1.44), c.comparisons().stream().map(PeComparison::paperAreaEff).toList());
        assertEquals(List.of(1.04, 1.04, 1.56, 1.49, 1.20), c.comparisons().stream().map(PeComparison::paperEnergyEff).toList());
        for (PeComparison p : c.comparisons()) assertEquals(1.143, p.gopsPerMm2Ratio(), 1e-9, "1.2x Fmax on 1.05x area: " + p);
        assertEquals(20, progress.size(), "a line before and after each of the 10 designs: " + progress);
        assertTrue(progress.get(19).startsWith("[####################] 10/10 matrix-2d 16x16 int8 opt1"), progress.get(19));
        assertEquals("Yosys 0.23 (git sha1 7ce5011c24b) + OpenSTA 2.0.17, test.lib", c.flow());
    }

    @Test void anArrayTheFlowFailsOnIsNotedAndTheOtherArchitecturesAreStillCompared() {
        ArrayMeasurer m = p -> {
            if (p.label().equals("cube 8x8x8 int8 opt1")) throw new ToolException("yosys timed out after 600 s; log: /tmp/yosys.log");
            return Reports.scaled().measure(p);
        };
        List<String> progress = new ArrayList<>();
        Comparison c = Comparison.run(Comparison.MATCHED, m, progress::add);
        assertEquals(9, c.designs().size());
        assertEquals(List.of("systolic-os", "systolic-ws", "mac-tree", "matrix-2d"), c.comparisons().stream().map(PeComparison::architecture).toList());
        assertEquals(List.of("cube 8x8x8 int8 opt1: yosys timed out after 600 s; log: /tmp/yosys.log"), c.notMeasured());
        assertTrue(progress.contains("[############--------] 6/10 cube 8x8x8 int8 opt1: not measured: yosys timed out after 600 s; log: /tmp/yosys.log"), progress.toString());
        assertTrue(ReportFiles.csv(c).endsWith("not_measured\ncube 8x8x8 int8 opt1: yosys timed out after 600 s; log: /tmp/yosys.log\n"), ReportFiles.csv(c));
        String html = Html.compare(c);
        assertTrue(html.contains("<h2>Not measured</h2>") && html.split("<rect ", -1).length - 1 == 8, "four pairs of bars and the failure listed");
    }
}
