package io.accelforge.cli;

import static io.accelforge.cli.ForgeRun.forge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'forge sim' on the hand-written GCD unit of the README. */
class SimCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "verilog").toAbsolutePath().normalize();

    @TempDir Path tmp;

    @Test void simulatesAHandWrittenDesignFromACsvStimulus() throws Exception {
        Path out = tmp.resolve("gcd.csv");
        ForgeRun r = forge("sim", "--verilog", EXAMPLES.resolve("gcd.v").toString(), "--top", "gcd", "--reset", "rst", "--cycles", "30",
                "--stimulus", EXAMPLES.resolve("gcd-stimulus.csv").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("cycle,clk,rst,start,a,b,busy,done,result", rows.getFirst());
        assertEquals(31, rows.size(), "a header and one row per cycle");
        List<String> done = rows.stream().filter(l -> l.split(",")[7].equals("1")).toList();
        assertEquals(1, done.size(), "done pulses once: " + done);
        assertTrue(done.getFirst().endsWith(",21"), "gcd(1071, 462) = 21: " + done.getFirst());
    }

    @Test void writesAWaveformWhenAsked() throws Exception {
        Path vcd = tmp.resolve("gcd.vcd");
        ForgeRun r = forge("sim", "--verilog", EXAMPLES.resolve("gcd.v").toString(), "--top", "gcd", "--cycles", "5", "--vcd", vcd.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(vcd).contains(" result "), "the waveform holds the design's signals");
    }

    @Test void aStimulusNamingAnUnknownPortPointsAtTheLine() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "start,a,bb\n1,2,3\n");
        ForgeRun r = forge("sim", "--verilog", EXAMPLES.resolve("gcd.v").toString(), "--top", "gcd", "--cycles", "5", "--stimulus", csv.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(csv + ":1: unknown port 'bb'; nearest: b"), r.err());
    }

    @Test void aValueTooWideForItsPortPointsAtTheCell() throws Exception {
        Path csv = tmp.resolve("wide.csv");
        Files.writeString(csv, "start,a,b\n1,70000,3\n");
        ForgeRun r = forge("sim", "--verilog", EXAMPLES.resolve("gcd.v").toString(), "--top", "gcd", "--cycles", "5", "--stimulus", csv.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(csv + ":2: column 'a': 70000 does not fit UInt(16) (0..65535)"), r.err());
    }

    @Test void missingTopIsAUsageError() {
        ForgeRun r = forge("sim", "--verilog", EXAMPLES.resolve("gcd.v").toString(), "--cycles", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing --top"), r.err());
    }
}
