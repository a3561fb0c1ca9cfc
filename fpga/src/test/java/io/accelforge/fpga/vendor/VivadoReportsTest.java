package io.accelforge.fpga.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vivado's utilisation and timing reports, on sample files written for these tests in Vivado's format. */
class VivadoReportsTest {
    static String sample(String name) throws Exception {
        try (InputStream in = VivadoReportsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test void utilisationRowsHaveUsedAvailableAndPercentInEachTable() throws Exception {
        Map<String, VivadoUtilization.Row> u = VivadoUtilization.parse(sample("utilization-arty.rpt"));
        assertEquals(new VivadoUtilization.Row("Slice LUTs", 1184, 20800, 5.69), u.get("Slice LUTs"));
        assertEquals(new VivadoUtilization.Row("Slice Registers", 1043, 41600, 2.51), u.get("Slice Registers"));
        assertEquals(new VivadoUtilization.Row("Block RAM Tile", 6.5, 50, 13.0), u.get("Block RAM Tile"), "half tiles count");
        assertEquals(new VivadoUtilization.Row("DSPs", 4, 90, 4.44), u.get("DSPs"));
        assertFalse(u.containsKey("LUT as Distributed RAM"), "a row without an Available value is not a resource");
    }

    @Test void utilisationTablesWithoutTheProhibitedColumnParseToo() throws Exception {
        Map<String, VivadoUtilization.Row> u = VivadoUtilization.parse(sample("utilization-old.rpt"));
        assertEquals(new VivadoUtilization.Row("Slice LUTs", 812, 53200, 1.53), u.get("Slice LUTs"));
        assertEquals(2, u.size());
    }

    @Test void timingSummaryGivesWnsAndFmaxPerClock() throws Exception {
        VivadoTiming.Summary s = VivadoTiming.parse(sample("timing-arty.rpt"));
        assertEquals(2.417, s.wnsNs(), 1e-9);
        assertEquals(0.0, s.tnsNs(), 1e-9);
        assertEquals(0.052, s.whsNs(), 1e-9);
        assertTrue(s.met());
        assertEquals(1, s.clocks().size());
        VivadoTiming.Clock c = s.clocks().getFirst();
        assertEquals("clk", c.name());
        assertEquals(10.0, c.periodNs(), 1e-9);
        assertEquals(131.874, c.fmaxMhz(), 1e-3, "1000 / (10 - 2.417)");
    }

    @Test void aNegativeSlackIsATimingMiss() throws Exception {
        VivadoTiming.Summary s = VivadoTiming.parse(sample("timing-failed.rpt"));
        assertFalse(s.met());
        assertEquals(-1.25, s.wnsNs(), 1e-9);
        assertEquals(-35.112, s.tnsNs(), 1e-9);
        assertEquals(88.889, s.clocks().getFirst().fmaxMhz(), 1e-3, "1000 / (10 + 1.25)");
    }

    @Test void aFileThatIsNotATimingSummaryIsRefused() throws Exception {
        String u = sample("utilization-arty.rpt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VivadoTiming.parse(u));
        assertTrue(e.getMessage().contains("not a report_timing_summary file"), e.getMessage());
    }
}
