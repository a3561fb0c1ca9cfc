package io.accelforge.cli;

import static io.accelforge.cli.ForgeRun.forge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TpeRunCommandTest {
    private static final String EXAMPLE = Path.of("..", "examples", "topologies", "small-gemm.csv").toString();

    @Test void writesScaleSimsComputeReportForTheExampleOnTheDefaultEngine(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        ForgeRun r = forge("tpe", "run", "--topology", EXAMPLE, "-o", out.toString());
        assertEquals(Exit.OK, r.code(), r.err());
        List<String> report = Files.readAllLines(out.resolve("COMPUTE_REPORT.csv"));
        assertEquals("LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, Compute Util %,", report.get(0));
        // SCALE-Sim v2's own line for fc1 (M=36, N=47, K=98) on a 16x16 output-stationary array
        assertEquals("0, 1151, 0, 56.27443527367507, 73.4375, 56.2255859375,", report.get(1));
        assertEquals(4, report.size(), report.toString());
        // the engine's total for the same GEMM (DESIGN.md: 2760 cycles, 1152 of them the array's compute)
        String engine = Files.readAllLines(out.resolve("ENGINE_REPORT.csv")).get(1);
        assertTrue(engine.startsWith("0, fc1, 36, 47, 98, 1152, "), engine);
        assertTrue(engine.endsWith(", 2760, , , ,"), engine);
        assertTrue(r.out().contains("fc1"), r.out());
    }

    @Test void rtlRunOnA4x4EngineVerifiesCAndEqualCycles(@TempDir Path tmp) throws IOException {
        Path layers = tmp.resolve("layers.csv");
        Files.writeString(layers, "Layer,M,N,K,\nragged,9,6,11,\nsmall,3,2,5,\n");
        ForgeRun r = forge("tpe", "run", "--topology", layers.toString(), "--rtl", "--param", "rows=4", "--param", "cols=4", "-o", tmp.resolve("out").toString());
        assertEquals(Exit.OK, r.code(), r.out() + r.err());
        List<String> engine = Files.readAllLines(tmp.resolve("out").resolve("ENGINE_REPORT.csv"));
        for (String line : engine.subList(1, engine.size())) {
            String[] cells = line.split(", ");
            assertEquals(cells[13], cells[14], "model and RTL cycles in " + line);
            assertEquals("0", cells[15], "C mismatches in " + line);
        }
        assertEquals(2, r.out().lines().filter(l -> l.endsWith("  ok")).count(), r.out());
    }

    @Test void aMalformedRowIsOneLineNamingFileLineValueAndWhatIsAllowed(@TempDir Path tmp) throws IOException {
        Path layers = tmp.resolve("layers.csv");
        Files.writeString(layers, "Layer,M,N,K,\nfc1,36,47,98,\nfc2,8,-4,10,\n");
        ForgeRun r = forge("tpe", "run", "--topology", layers.toString(), "-o", tmp.resolve("out").toString());
        assertEquals(Exit.FAILED, r.code());
        assertEquals("error: layers.csv:3: N = -4 is out of range; allowed: a whole number from 1 to 1,048,576\n", r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test void anUnknownParameterNamesTheNearestOnes(@TempDir Path tmp) {
        ForgeRun r = forge("tpe", "run", "--topology", EXAMPLE, "--param", "row=4", "-o", tmp.resolve("out").toString());
        assertEquals(Exit.USAGE, r.code());
        assertTrue(r.err().contains("unknown parameter 'row' for generator 'gemm-engine'; nearest: rows"), r.err());
    }

    @Test void aMissingTopologyOrSubcommandIsAUsageError() {
        assertEquals(Exit.USAGE, forge("tpe", "run").code());
        assertTrue(forge("tpe", "run", "--topology", "no/such.csv").err().contains("--topology no/such.csv: no such file"));
        ForgeRun r = forge("tpe", "rn");
        assertEquals(Exit.USAGE, r.code());
        assertTrue(r.err().contains("unknown subcommand 'rn'; nearest: run"), r.err());
    }

    @Test void helpDescribesTheReports() {
        ForgeRun r = forge("tpe", "run", "--help");
        assertEquals(Exit.OK, r.code());
        assertTrue(r.out().contains("COMPUTE_REPORT.csv") && r.out().contains("--topology"), r.out());
    }
}
