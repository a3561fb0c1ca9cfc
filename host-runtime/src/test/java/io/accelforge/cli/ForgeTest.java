package io.accelforge.cli;

import static io.accelforge.cli.ForgeRun.forge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgeTest {
    @TempDir Path tmp;

    @Test void noArgumentsListsTheCommandsAndIsAUsageError() {
        ForgeRun r = forge();
        assertEquals(2, r.code());
        for (String c : new String[] {"demo", "list", "generate", "lint", "bench"}) assertTrue(r.out().contains(c), r.out());
    }

    @Test void everyCommandHasHelp() {
        for (String c : new String[] {"demo", "list", "generate", "lint", "ppa", "sim", "fpga", "bench"}) {
            ForgeRun r = forge(c, "--help");
            assertEquals(0, r.code(), c + ": " + r.err());
            assertTrue(r.out().contains("forge " + c), c + " help lacks its usage line:\n" + r.out());
        }
    }

    @Test void unknownCommandSuggestsTheNearest() {
        ForgeRun r = forge("gnerate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'gnerate'; nearest: generate"), r.err());
    }

    @Test void unknownGeneratorSuggestsTheNearest() {
        ForgeRun r = forge("generate", "mac-gird", "-o", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown generator 'mac-gird'; nearest: mac-grid"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing may be written for a usage error");
    }

    @Test void unknownParameterSuggestsTheNearest() {
        ForgeRun r = forge("generate", "mac-grid", "--param", "rowz=3", "-o", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown parameter 'rowz' for generator 'mac-grid'; nearest: rows"), r.err());
    }

    @Test void outOfRangeParameterNamesTheValueAndTheRange() {
        ForgeRun r = forge("generate", "mac-grid", "--param", "rows=0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameter 'rows' = 0 is out of range 1..128"), r.err());
    }

    @Test void ruleBetweenParametersIsAUsageError() {
        ForgeRun r = forge("generate", "mac-grid", "--param", "width=16", "--param", "accWidth=16");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parameter 'accWidth' = 16 must be at least 2*width = 32"), r.err());
    }

    @Test void parameterWithoutValueIsAUsageError() {
        ForgeRun r = forge("generate", "mac-grid", "--param", "rows");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--param 'rows' is not of the form name=value"), r.err());
    }

    @Test void generateWritesOneFilePerModuleAndAManifest() throws Exception {
        Path dir = tmp.resolve("grid");
        ForgeRun r = forge("generate", "mac-grid", "--param", "rows=2", "--param", "cols=3", "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("MacGrid_rows2_cols3_width8_accWidth32.v")));
        assertTrue(Files.exists(dir.resolve("MacCell_width8_accWidth32.v")));
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"generator\" : \"mac-grid\"") && manifest.contains("\"rows\" : 2"), manifest);
    }

    @Test void generateRefusesToReplaceADirectoryItDidNotWrite() throws Exception {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        ForgeRun r = forge("generate", "mac-cell", "-o", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("holds files that AccelForge did not write"), r.err());
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
    }

    @Test void lintPassesOnAGeneratedDesign() {
        Path dir = tmp.resolve("cell");
        assertEquals(0, forge("generate", "mac-cell", "-o", dir.toString()).code());
        ForgeRun r = forge("lint", dir.toString(), "--logs", tmp.resolve("logs").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("verilator PASS") && r.out().contains("iverilog  PASS") && r.out().contains("yosys     PASS"), r.out());
    }

    @Test void lintFailsWithTheToolsOwnMessagesOnBadVerilog() throws Exception {
        Path dir = tmp.resolve("bad");
        assertEquals(0, forge("generate", "mac-cell", "-o", dir.toString()).code());
        Path v = dir.resolve("MacCell_width8_accWidth32.v");
        Files.writeString(v, Files.readString(v).replace("wire [15:0] sum_mul;", "wire [15:0] sum_mul;\n    wire [3:0] stray;"));
        ForgeRun r = forge("lint", dir.toString(), "--logs", tmp.resolve("logs").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("verilator FAIL") && r.out().contains("stray"), r.out());
    }

    @Test void lintOfADirectoryWithoutManifestSaysHowToMakeOne() {
        ForgeRun r = forge("lint", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no design manifest here; generate one with 'forge generate"), r.err());
    }

    @Test void listShowsTypesDefaultsAndRanges() {
        ForgeRun r = forge("list", "mac-grid");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s).*rows\\s+int\\s+4\\s+1\\.\\.128.*"), r.out());
    }

    @Test void ppaReportsAreaTimingAndPowerOfAGeneratedDesign() throws Exception {
        Path dir = tmp.resolve("cell");
        assertEquals(0, forge("generate", "mac-cell", "-o", dir.toString()).code());
        Path json = tmp.resolve("ppa.json");
        ForgeRun r = forge("ppa", dir.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)MacCell_width8_accWidth32: [\\d.]+ um2, \\d+ cells, [\\d.]+ MHz.*"), r.out());
        assertTrue(Files.readString(json).contains("\"top\" : \"MacCell_width8_accWidth32\""));
    }

    @Test void benchRejectsAnUnknownBenchmark() {
        ForgeRun r = forge("bench", "elaborat");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nearest: elaborate"), r.err());
    }

    @Test void benchElaboratesASmallGridAndReportsEveryStage() {
        ForgeRun r = forge("bench", "elaborate", "--rows", "4", "--cols", "4");
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"construction", "naming + checks", "emission", "nodes per second", "peak heap used"}) {
            assertTrue(r.out().contains(s), "missing '" + s + "':\n" + r.out());
        }
    }

    @Test void benchTpeRunsTheGemmChecksItAndReportsEveryFigure() {
        ForgeRun r = forge("bench", "tpe", "--size", "16", "--repeat", "1");
        assertTrue(r.code() == 0 || r.code() == 1, "exit code " + r.code() + " (0: target met, 1: missed)\n" + r.err());
        for (String s : new String[] {"wall time", "simulated cycles per second", "MACs per second", "target >= 250,000",
                "C equal to the golden GEMM, cycles equal to the model: yes", "64x64 INT8 output-stationary array", "elaboration plus emission"}) {
            assertTrue(r.out().contains(s), "missing '" + s + "':\n" + r.out());
        }
    }
}
