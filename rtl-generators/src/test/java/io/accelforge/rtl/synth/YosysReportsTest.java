package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading Yosys 0.23 stat and ltp reports of the INT8 MAC cell, as the flow wrote them. */
class YosysReportsTest {
    @Test void readsCellCountAndAreaOfTheMappedNetlist() {
        YosysReports.Stat s = YosysReports.stat(Resources.text("mac-cell-stat.txt"), "mac-cell-stat.txt");
        assertEquals(795, s.cells(), "mapped cells");
        assertEquals(10138.0734, s.areaUm2(), 1e-6, "chip area um2");
        assertEquals(48, s.cellsByType().get("sg13g2_dfrbpq_1"), "flip-flop cells by type");
        assertEquals(795, s.cellsByType().values().stream().mapToInt(Integer::intValue).sum(), "cells by type add up to the count");
        assertNull(s.transistors(), "stat -liberty prints no transistor estimate");
    }

    @Test void readsTheTransistorEstimateAsALowerBoundWhenYosysLeavesFlipFlopsOut() {
        YosysReports.Stat s = YosysReports.stat(Resources.text("mac-generic-stat.txt"), "mac-generic-stat.txt");
        assertEquals(860, s.cells(), "generic cells");
        assertEquals(6532L, s.transistors(), "transistor estimate");
        assertTrue(s.transistorsLowerBound(), "'6532+' marks cells the CMOS table lacks");
        assertEquals(16 + 32, s.flipFlops(), "16 $_DFF_P_ + 32 $_SDFFE_PP0P_");
        assertNull(s.areaUm2(), "stat -tech cmos prints no liberty area");
    }

    @Test void readsZeroCellsAndNoAreaForADesignWithoutLogic() {
        YosysReports.Stat s = YosysReports.stat(Resources.text("constant-cell-stat.txt"), "constant-cell-stat.txt");
        assertEquals(0, s.cells());
        assertNull(s.areaUm2(), "Yosys prints no chip area line for an empty module");
        assertEquals(0, s.flipFlops());
    }

    @Test void readsTheLongestTopologicalPathLength() {
        assertEquals(42, YosysReports.longestPath(Resources.text("mac-generic-ltp.txt"), "mac-generic-ltp.txt"));
    }

    @Test void namesWhatItLookedForWhenTheTextIsNotAReport() {
        PpaException stat = assertThrows(PpaException.class, () -> YosysReports.stat("ERROR: no such command\n", "x.txt"));
        assertEquals("no 'Number of cells' line in x.txt", stat.getMessage());
        PpaException ltp = assertThrows(PpaException.class, () -> YosysReports.longestPath(Resources.text("mac-cell-stat.txt"), "y.txt"));
        assertEquals("no 'Longest topological path' line in y.txt", ltp.getMessage());
    }
}
