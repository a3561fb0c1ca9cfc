package io.accelforge.fpga.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.flow.Tools;
import io.accelforge.rtl.tools.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PLL settings are icepll's, for the board clocks we ship and a spread of targets. */
class PllConfigTest {
    @TempDir Path tmp;

    @Test void twelveToFortyEightMhzIsTheAnchorsSetting() {
        PllConfig c = PllConfig.solve(12, 48);
        assertEquals(List.of(0, 63, 4, 1), List.of(c.divr(), c.divf(), c.divq(), c.filterRange()), "DIVR, DIVF, DIVQ, FILTER_RANGE");
        assertEquals(48.0, c.achievedMhz(), 1e-9);
        assertEquals(768.0, c.vcoMhz(), 1e-9);
    }

    @Test void agreesWithIcepllForEveryBoardClockAndManyTargets() throws Exception {
        for (double in : new double[] {12, 100, 25}) {
            for (double out : new double[] {16, 24, 30, 33.3, 36, 42, 48, 50, 60, 65.5, 75, 100, 133, 200, 275}) {
                PllConfig mine = PllConfig.solve(in, out);
                int[] ref = icepll(in, out);
                assertEquals(List.of(ref[0], ref[1], ref[2], ref[3]), List.of(mine.divr(), mine.divf(), mine.divq(), mine.filterRange()),
                        "DIVR, DIVF, DIVQ, FILTER_RANGE for " + in + " -> " + out + " MHz (icepll vs ours)");
            }
        }
    }

    @Test void refusesOutputsThePllCannotMake() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> PllConfig.solve(12, 8));
        assertTrue(low.getMessage().contains("16.0..275.0 MHz") && low.getMessage().contains("without the PLL"), low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PllConfig.solve(5, 48), "input below 10 MHz");
    }

    private int[] icepll(double in, double out) throws Exception {
        Path log = Files.createTempFile(tmp, "icepll", ".log");
        ToolResult r = Tools.ICEPLL.run(List.of("-i", fmt(in), "-o", fmt(out)), tmp, Duration.ofSeconds(30), log);
        assertEquals(0, r.exitCode(), "icepll -i " + in + " -o " + out + ":\n" + r.output());
        return new int[] {field(r.output(), "DIVR"), field(r.output(), "DIVF"), field(r.output(), "DIVQ"), field(r.output(), "FILTER_RANGE")};
    }

    private static int field(String text, String name) {
        Matcher m = Pattern.compile("^" + name + ":\\s+(\\d+)", Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), name + " in icepll output:\n" + text);
        return Integer.parseInt(m.group(1));
    }

    private static String fmt(double x) { return String.format(Locale.ROOT, "%.3f", x); }
}
