package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PpaReportJsonTest {
    static PpaReport timed() {
        return new PpaReport(PpaReport.FORMAT, "MacCell_width8_accWidth32", "sha256:79d4", "d5f7", 5.0, 5.0, 10138.0734, 795, 860, 48, 6532, true, 42,
                new TimingPath("a[7]", "input port clocked by clk", "_1525_", "rising edge-triggered flip-flop clocked by clk", "clk", 7.7055, 4.8519, -2.8536),
                7.8536, 127.33, new Power(7.511002e-4, 6.803704e-4, 7.060605e-5, 1.238076e-7, 5.36333e-4, 2.14767e-4, 0.1, 0.5, 200.0),
                "Yosys 0.23 (git sha1 7ce5011c24b)", "2.0.17", "sg13g2_stdcell_typ_1p20V_25C.lib", "7677", "4b84", 0.906, 0.117, false);
    }

    @Test void roundTripsEveryFieldOfATimedReport() throws IOException {
        PpaReport r = timed();
        assertEquals(r, PpaReport.fromJson(r.toJson()));
    }

    @Test void roundTripsAReportWithoutATimedPathOrTarget() throws IOException {
        PpaReport r = new PpaReport(PpaReport.FORMAT, "Constant", "sha256:0", "cf6f", null, 10.0, 0, 0, 0, 0, 0, false, 0, null, null, null,
                new Power(0, 0, 0, 0, 0, 0, 0.1, 0.5, 100.0), "Yosys 0.23", "2.0.17", "x.lib", "00", "11", 0.1, 0.05, true);
        String json = r.toJson();
        assertTrue(json.contains("\"worstPath\" : null") && json.contains("\"fmaxMhz\" : null"), "missing values are explicit nulls:\n" + json);
        assertEquals(r, PpaReport.fromJson(json));
    }

    @Test void refusesJsonThatIsNotAReport() {
        assertThrows(IOException.class, () -> PpaReport.fromJson("{\"top\": \"x\", \"area\": 3}"));
    }
}
