package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading OpenSTA 2.0.17 report_checks and report_power output, as the flow wrote it. */
class StaReportsTest {
    @Test void readsTheMacsWorstPathFromAnInputThroughTheMultiplierIntoTheAccumulator() {
        List<TimingPath> paths = StaReports.paths(Resources.text("mac-timing.txt"), "mac-timing.txt");
        assertEquals(1, paths.size(), "one path per path group");
        TimingPath p = paths.getFirst();
        assertEquals(new TimingPath("a[7]", "input port clocked by clk", "_1525_", "rising edge-triggered flip-flop clocked by clk", "clk",
                7.7055, 9.8519, 2.1464), p);
    }

    @Test void readsANegativeSlackOfAViolatedCombinationalPath() {
        TimingPath p = StaReports.worst(StaReports.paths(Resources.text("ripple64-timing.txt"), "ripple64-timing.txt")).orElseThrow();
        assertEquals("b[0]", p.startpoint());
        assertEquals("sum[63]", p.endpoint());
        assertEquals("output port clocked by virtual_clock", p.endpointKind());
        assertEquals(11.9271, p.arrivalNs(), 1e-9);
        assertEquals(10.0, p.requiredNs(), 1e-9);
        assertEquals(-1.9271, p.slackNs(), 1e-9, "slack (VIOLATED) is negative");
    }

    @Test void findsNoPathInADesignWithoutLogic() {
        assertTrue(StaReports.paths(Resources.text("constant-timing.txt"), "constant-timing.txt").isEmpty());
    }

    @Test void picksThePathWithTheLeastSlackAsTheWorst() {
        String twoGroups = Resources.text("mac-timing.txt") + "\n" + Resources.text("ripple64-timing.txt");
        List<TimingPath> paths = StaReports.paths(twoGroups, "two groups");
        assertEquals(2, paths.size());
        assertEquals("sum[63]", StaReports.worst(paths).orElseThrow().endpoint());
    }

    @Test void readsThePowerRowsInWatts() {
        StaReports.PowerTable t = StaReports.power(Resources.text("mac-power.txt"), "mac-power.txt");
        assertEquals(new StaReports.PowerTable(6.803704e-04, 7.060605e-05, 1.238076e-07, 7.511002e-04, 5.363330e-04, 2.147670e-04), t);
        assertEquals(t.totalW(), t.sequentialW() + t.combinationalW(), 1e-9, "sequential + combinational = total");
    }

    @Test void namesWhatItLookedForWhenTheTextIsNotAReport() {
        PpaException timing = assertThrows(PpaException.class, () -> StaReports.paths("Error: unknown command\n", "t.txt"));
        assertEquals("neither a 'Startpoint:' nor 'No paths found.' in t.txt", timing.getMessage());
        PpaException power = assertThrows(PpaException.class, () -> StaReports.power(Resources.text("mac-timing.txt"), "p.txt"));
        assertEquals("no Sequential/Combinational/Total power rows in p.txt", power.getMessage());
    }
}
