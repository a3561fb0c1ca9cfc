package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nextpnr-ice40's report, as written by a real run (a 24-bit counter on a UP5K at 48 MHz), becomes typed timing and utilisation. */
class NextpnrReportTest {
    private static JsonNode sample() throws Exception {
        try (InputStream in = NextpnrReportTest.class.getResourceAsStream("nextpnr-counter-up5k.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test void clockNamesAreCleanAndSlackIsThePeriodDifference() throws Exception {
        FlowReport.Timing t = NextpnrReport.timing(sample());
        assertEquals(1, t.clocks().size());
        FlowReport.Clock c = t.clocks().getFirst();
        assertEquals("clk", c.name(), "clock name without $SB_IO_IN_$glb_clk");
        assertEquals(79.758, c.fmaxMhz(), 1e-3);
        assertEquals(48.0, c.targetMhz(), 1e-9);
        assertEquals(1000 / 48.0 - 1000 / 79.757537841796875, c.slackNs(), 1e-3, "slack = target period - achieved period");
    }

    @Test void worstPathsAreSortedByDelayWithCleanEndpoints() throws Exception {
        FlowReport.Timing t = NextpnrReport.timing(sample());
        assertEquals(2, t.worstPaths().size(), "nextpnr reports one path per clock pair; this design has two");
        FlowReport.Path worst = t.worstPaths().getFirst();
        assertEquals("posedge clk", worst.from());
        assertEquals("posedge clk", worst.to());
        assertEquals(12.54, worst.delayNs(), 1e-3, "sum of the path's delays");
        assertEquals("<async>", t.worstPaths().get(1).to());
    }

    @Test void utilisationHasUsedAvailableAndPercent() throws Exception {
        Map<String, FlowReport.Use> u = NextpnrReport.utilisation(sample());
        assertEquals(new FlowReport.Use(28, 5280, 0.53), u.get("ICESTORM_LC"));
        assertEquals(new FlowReport.Use(2, 96, 2.083), u.get("SB_IO"));
        assertEquals(0, u.get("ICESTORM_RAM").used());
    }

    @Test void yosysStatCellsComeFromTheLastReport() {
        String stat = """
                   Number of cells:                 10
                     SB_LUT4                         9
                     SB_DFF                          1

                   Number of cells:               3092
                     SB_CARRY                      427
                     SB_LUT4                      1585
                     SB_RAM40_4K                    13

                """;
        assertEquals(Map.of("SB_CARRY", 427, "SB_LUT4", 1585, "SB_RAM40_4K", 13), YosysStat.cells(stat));
    }
}
