package io.accelforge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.cli.Forge;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, as a user runs it. The main job runs here on a 4x4 engine: the
 * default 16x16 one takes minutes of synthesis on a fresh machine, and the code path is the same.
 */
class QuickStartTest {
    private static final String[] SMALL = {"--rows", "4", "--cols", "4"};
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir Path tmp;

    @Test void mainJobGeneratesLintsVerifiesAndMeasuresTheDefaultEngine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = tmp.resolve("demo");
        int code = Forge.run(new String[] {"demo", "-o", dir.toString(), SMALL[0], SMALL[1], SMALL[2], SMALL[3]}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text + err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("generated gemm-engine (top GemmEngine_os_4x4_int8s_plain_acc32_"), text);
        assertTrue(text.contains("lint clean (verilator, iverilog, yosys)"), text);
        assertTrue(text.contains("C mismatches 0 of 4096 (golden GEMM)"), text);
        Matcher cycles = Pattern.compile("cycles RTL ([0-9,]+), model ([0-9,]+) \\(equal\\)").matcher(text);
        assertTrue(cycles.find(), text);
        assertEquals(cycles.group(1), cycles.group(2), text);
        assertTrue(text.contains("ppa: the engine's 4x4 systolic array") && text.contains(" um2, "), text);
        assertTrue(Files.exists(dir.resolve("manifest.json")));
    }

    @Test void mainJobIsDeterministic() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Forge.run(new String[] {"demo", "-o", tmp.resolve("a").toString(), SMALL[0], SMALL[1], SMALL[2], SMALL[3]}, quiet, quiet);
        Forge.run(new String[] {"demo", "-o", tmp.resolve("b").toString(), SMALL[0], SMALL[1], SMALL[2], SMALL[3]}, quiet, quiet);
        List<String> files;
        try (var s = Files.list(tmp.resolve("a"))) {
            files = s.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(files.contains("manifest.json") && files.size() > 2, files.toString());
        for (String f : files) {
            assertEquals(Files.readString(tmp.resolve("a").resolve(f)), Files.readString(tmp.resolve("b").resolve(f)), f + " differs between runs");
        }
    }

    @Test void readmeQuickStartIsTwoCommandsThatExistAndCiRunsTheSecond() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("## Quick start.*?```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has no quick start code block");
        List<String> commands = m.group(1).lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("./setup.sh", "./test.sh"), commands);
        for (String c : commands) assertTrue(Files.isExecutable(ROOT.resolve(c.substring(2))), c + " is not an executable file");
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertTrue(ci.contains("apt") || ci.contains("install-deps.sh"), ".ci/run must install the Debian packages");
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals("./test.sh")), ".ci/run must run exactly the README's test command");
    }
}
