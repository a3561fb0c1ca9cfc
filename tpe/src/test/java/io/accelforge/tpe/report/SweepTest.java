package io.accelforge.tpe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
    @Test void combinationsTheGeneratorsDoNotBuildAreSkippedWithTheReasonAndTheRestRun() {
        List<String> skipped = new ArrayList<>();
        Sweep.Grid g = new Sweep.Grid(List.of(Architecture.SYSTOLIC_OS, Architecture.TREE), List.of(List.of(2, 2)), List.of(Precision.INT4),
                List.of(PeKind.PLAIN, PeKind.OPT1, PeKind.OPT2));
        List<String> labels = Sweep.points(g, skipped).stream().map(ArrayPoint::label).toList();
        assertEquals(List.of("systolic-os 2x2 int4 plain", "systolic-os 2x2 int4 opt1", "mac-tree 2x2 int4 plain", "mac-tree 2x2 int4 opt2"), labels);
        assertEquals(List.of("skipped systolic-os 2x2 int4 opt2: PE 'opt2' does not apply to systolic-os; it takes plain, opt1",
                "skipped mac-tree 2x2 int4 opt1: PE 'opt1' does not apply to mac-tree; it takes plain, opt2"), skipped);
    }

    @Test void twoDimensionsOnTheCubeMeanAnAxAFaceWithChainsOfB() {
        List<String> skipped = new ArrayList<>();
        Sweep.Grid g = new Sweep.Grid(List.of(Architecture.CUBE, Architecture.SYSTOLIC_WS), List.of(List.of(4, 2), List.of(2, 3, 4)), List.of(Precision.INT8),
                List.of(PeKind.PLAIN));
        List<String> labels = Sweep.points(g, skipped).stream().map(ArrayPoint::label).toList();
        assertEquals(List.of("cube 4x2x4 int8 plain", "cube 2x3x4 int8 plain", "systolic-ws 4x2 int8 plain"), labels);
        assertEquals(1, skipped.size(), "three dimensions on a systolic array: " + skipped);
        assertTrue(skipped.getFirst().startsWith("skipped systolic-ws 2x3x4 int8 plain: systolic-ws takes two dimensions"), skipped.getFirst());
    }

    @Test void theParetoFrontHoldsTheArraysNoOtherIsAtLeastAsSmallAndAsFastAs() {
        ArrayPoint p = new ArrayPoint(Architecture.SYSTOLIC_OS, List.of(2, 2), Precision.INT8, PeKind.PLAIN);
        // area um2, Fmax MHz (GOPS = 8 x Fmax / 1000 at 4 MACs/cycle)
        List<ArrayResult> rs = List.of(ArrayResult.of(p, Reports.of("small-slow", 1e6, 100, 1)), ArrayResult.of(p, Reports.of("small-slower", 1e6, 90, 1)),
                ArrayResult.of(p, Reports.of("mid", 2e6, 200, 1)), ArrayResult.of(p, Reports.of("big-slow", 3e6, 150, 1)),
                ArrayResult.of(p, Reports.of("big-fast", 3e6, 300, 1)), ArrayResult.of(p, Reports.of("big-fast-twin", 3e6, 300, 1)));
        Sweep s = Sweep.of("flow", rs, List.of());
        List<String> front = s.rows().stream().filter(Sweep.Row::pareto).map(r -> r.result().top()).toList();
        assertEquals(List.of("small-slow", "mid", "big-fast", "big-fast-twin"), front, "equal points do not dominate each other");
    }

    @Test void progressShowsABarPerDesign() {
        List<String> lines = new ArrayList<>();
        Sweep.Grid g = new Sweep.Grid(List.of(Architecture.MATRIX_2D), List.of(List.of(2, 2), List.of(4, 4)), List.of(Precision.INT8), List.of(PeKind.OPT1));
        Sweep s = Sweep.run(g, Reports.scaled(), lines::add);
        assertEquals(2, s.rows().size());
        assertEquals("[--------------------] 0/2 matrix-2d 2x2 int8 opt1: measuring ...", lines.get(0));
        assertTrue(lines.get(1).startsWith("[##########----------] 1/2 matrix-2d 2x2 int8 opt1: 42000 um2, 240.0 MHz"), lines.get(1));
        assertTrue(lines.get(3).startsWith("[####################] 2/2 matrix-2d 4x4 int8 opt1"), lines.get(3));
    }
}
