package io.accelforge.rtl.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three lint gates on hand-written Verilog: each failure comes with the tool's own problem lines and its log. */
class LintGatesTest {
    @TempDir Path tmp;

    static final String TRUNCATES = """
            `default_nettype none
            module Bad (
                input  wire [7:0] a,
                output wire [3:0] y
            );
                assign y = a;
            endmodule
            `default_nettype wire
            """;

    static final String UNDECLARED = """
            `default_nettype none
            module Broken (
                input  wire a,
                output wire y
            );
                assign y = a & nothere;
            endmodule
            `default_nettype wire
            """;

    /** A design directory holding one hand-written file and a manifest naming it. */
    private Path handWritten(String top, String verilog) throws IOException {
        Path dir = tmp.resolve(top);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(top + ".v", verilog);
        Manifest m = new Manifest(1, top, "hand-written", Map.of(), List.of(), List.of(), List.of(top + ".v"), DesignWriter.contentHash(files));
        files.put(Manifest.FILE_NAME, m.toJson());
        DesignWriter.writeAtomically(dir, files);
        return dir;
    }

    private static LintResult byTool(List<LintResult> rs, String tool) {
        return rs.stream().filter(r -> r.tool().equals(tool)).findFirst().orElseThrow(() -> new AssertionError("no result from " + tool + " in " + rs));
    }

    @Test void verilatorFailsATruncatingAssignmentWithItsWarningLines() throws Exception {
        Path dir = handWritten("Bad", TRUNCATES);
        List<LintResult> rs = Lint.run(dir, tmp.resolve("logs"));
        assertEquals(List.of("verilator", "iverilog", "yosys"), rs.stream().map(LintResult::tool).toList(), "tools, in order");
        LintResult v = byTool(rs, "verilator");
        assertFalse(v.passed(), "verilator verdict on an 8-bit input assigned to a 4-bit output");
        String a = dir.resolve("Bad.v").toAbsolutePath().toString();
        assertEquals(List.of(
                "%Warning-WIDTH: " + a + ":6:14: Operator ASSIGNW expects 4 bits on the Assign RHS, but Assign RHS's VARREF 'a' generates 8 bits.",
                "%Warning-UNUSEDSIGNAL: " + a + ":3:23: Bits of signal are not used: 'a'[7:4]",
                "%Error: Exiting due to 2 warning(s)"), v.problems(), "verilator's problem lines");
        assertTrue(byTool(rs, "iverilog").passed(), "iverilog accepts the truncation: " + byTool(rs, "iverilog").problems());
        assertTrue(byTool(rs, "yosys").passed(), "yosys accepts the truncation: " + byTool(rs, "yosys").problems());
    }

    @Test void anUndeclaredNameFailsAllThreeGatesEachWithItsOwnLines() throws Exception {
        Path dir = handWritten("Broken", UNDECLARED);
        List<LintResult> rs = Lint.run(dir, tmp.resolve("logs"));
        String a = dir.resolve("Broken.v").toAbsolutePath().toString();
        assertEquals(List.of("%Error: " + a + ":6:20: Can't find definition of variable: 'nothere'", "%Error: Exiting due to 1 error(s)"),
                byTool(rs, "verilator").problems(), "verilator's problem lines");
        assertEquals(List.of(a + ":6: error: Unable to bind wire/reg/memory `nothere' in `Broken'", a + ":6: error: Unable to elaborate r-value: (a)&(nothere)"),
                byTool(rs, "iverilog").problems(), "iverilog's problem lines");
        assertEquals(List.of("Warning: Wire Broken.\\nothere is used but has no driver.", "ERROR: Found 1 problems in 'check -assert'."),
                byTool(rs, "yosys").problems(), "yosys's problem lines");
        for (LintResult r : rs) assertFalse(r.passed(), r.tool() + " verdict on an undeclared name");
    }

    @Test void eachToolLeavesItsLogAndNamesItsVersion() throws Exception {
        Path logs = tmp.resolve("logs");
        List<LintResult> rs = Lint.run(handWritten("Bad", TRUNCATES), logs);
        for (LintResult r : rs) {
            assertEquals(logs.resolve(r.tool() + ".log"), r.log(), r.tool() + " log path");
            assertTrue(Files.isRegularFile(r.log()), r.tool() + " log " + r.log() + " exists (empty when the tool had nothing to say)");
            assertFalse(r.version().isBlank(), r.tool() + " version");
        }
        assertTrue(Files.readString(logs.resolve("verilator.log")).contains("%Warning-WIDTH"), "the verilator log holds the warning");
    }

    @Test void aFileListedInTheManifestButMissingIsReportedBeforeAnyToolRuns() throws Exception {
        Path dir = handWritten("Bad", TRUNCATES);
        Files.delete(dir.resolve("Bad.v"));
        IOException e = assertThrows(IOException.class, () -> Lint.run(dir, tmp.resolve("logs")));
        assertEquals(dir.resolve("Bad.v").toAbsolutePath() + ": listed in the manifest but missing; regenerate the design", e.getMessage());
    }
}
