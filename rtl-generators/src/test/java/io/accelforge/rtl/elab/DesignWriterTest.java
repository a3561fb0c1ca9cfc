package io.accelforge.rtl.elab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.mac.MacCell;
import io.accelforge.rtl.blocks.mac.MacCellParams;
import io.accelforge.rtl.gen.Generator;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design directory is written all or nothing, never over someone else's files, with a manifest that describes it. */
class DesignWriterTest {
    @TempDir Path tmp;

    private static Manifest writeMacCell(Path dir, int width) throws IOException {
        MacCellParams p = new MacCellParams(width, 4 * width);
        return DesignWriter.write(Elaborator.elaborate(() -> new MacCell(p)), dir, "mac-cell", Generator.values(p));
    }

    @Test void theManifestListsTopGeneratorParametersPortsClocksAndFiles() throws Exception {
        Manifest m = writeMacCell(tmp.resolve("out"), 8);
        assertEquals("MacCell_width8_accWidth32", m.top(), "top");
        assertEquals("mac-cell", m.generator(), "generator");
        assertEquals(Map.of("width", 8, "accWidth", 32), m.parameters(), "parameters");
        assertEquals(List.of("clk:input:1", "rst:input:1", "a:input:8:signed", "b:input:8:signed", "en:input:1", "clear:input:1",
                "aOut:output:8:signed", "bOut:output:8:signed", "acc:output:32:signed"),
                m.ports().stream().map(p -> p.name() + ":" + p.direction() + ":" + p.width() + (p.signed() ? ":signed" : "")).toList(), "ports");
        assertEquals(List.of(new Design.Clock("clk", "rst", "sync")), m.clocks(), "clocks");
        assertEquals(List.of("MacCell_width8_accWidth32.v"), m.files(), "files");
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("MacCell_width8_accWidth32.v", "manifest.json"), s.map(f -> f.getFileName().toString()).sorted().toList(), "directory contents");
        }
    }

    @Test void theManifestReadsBackAsWritten() throws Exception {
        Manifest written = writeMacCell(tmp.resolve("out"), 8);
        assertEquals(written, Manifest.read(tmp.resolve("out")), "Manifest.read of the written directory");
    }

    @Test void theContentHashIsOverTheFilesOnDiskAndChangesWhenAFileChanges() throws Exception {
        Path out = tmp.resolve("out");
        Manifest m = writeMacCell(out, 8);
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : m.files()) files.put(f, Files.readString(out.resolve(f)));
        assertEquals(m.contentHash(), DesignWriter.contentHash(files), "hash recomputed from the files on disk");
        String name = m.files().getFirst();
        files.put(name, files.get(name) + " ");
        assertNotEquals(m.contentHash(), DesignWriter.contentHash(files), "hash after appending one space to " + name);
        assertNotEquals(m.contentHash(), writeMacCell(tmp.resolve("other"), 9).contentHash(), "hash of another parameter set");
    }

    @Test void aFailedWriteLeavesThePreviousOutputUntouchedAndNoTemporaryFiles() throws Exception {
        Path out = tmp.resolve("out");
        writeMacCell(out, 8);
        Map<String, String> before = snapshot(out);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("A.v", "module A; endmodule\n");
        files.put("missing/B.v", "module B; endmodule\n");   // its folder does not exist: the write fails half way
        assertThrows(IOException.class, () -> DesignWriter.writeAtomically(out, files));
        assertEquals(before, snapshot(out), "contents of the previous output after a failed write");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("out"), s.map(f -> f.getFileName().toString()).toList(), "entries beside the output (no temporary left)");
        }
    }

    @Test void aNewWriteReplacesThePreviousOutputWhole() throws Exception {
        Path out = tmp.resolve("out");
        writeMacCell(out, 8);
        writeMacCell(out, 4);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("MacCell_width4_accWidth16.v", "manifest.json"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "directory after writing width 8, then width 4");
        }
    }

    @Test void itRefusesToOverwriteADirectoryItDidNotWrite() throws Exception {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "precious");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> writeMacCell(out, 8));
        assertTrue(e.getMessage().contains("holds files that AccelForge did not write"), "message: " + e.getMessage());
        assertEquals(Map.of("notes.txt", "precious"), snapshot(out), "the directory after the refused write");
    }

    @Test void itRefusesAPathThatIsAFile() throws Exception {
        Path out = tmp.resolve("file.v");
        Files.writeString(out, "x");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> writeMacCell(out, 8));
        assertTrue(e.getMessage().contains("exists and is not a directory"), "message: " + e.getMessage());
    }

    @Test void anEmptyExistingDirectoryIsUsed() throws Exception {
        Path out = tmp.resolve("empty");
        Files.createDirectories(out);
        Manifest m = writeMacCell(out, 8);
        assertTrue(Files.isRegularFile(out.resolve(m.files().getFirst())), "the Verilog in the formerly empty directory");
    }

    @Test void readingADirectoryWithoutAManifestSaysHowToMakeOne() {
        IOException e = assertThrows(IOException.class, () -> Manifest.read(tmp));
        assertTrue(e.getMessage().endsWith("manifest.json: no design manifest here; generate one with 'forge generate <generator> -o " + tmp + "'"),
                "message: " + e.getMessage());
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) m.put(f.getFileName().toString(), Files.readString(f));
        }
        return m;
    }
}
