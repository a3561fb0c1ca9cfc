package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the Liberty file: property, then environment, then shared/pdk/... above the working directory. */
class LibertyTest {
    @TempDir Path tmp;

    private Path file(String rel) throws IOException {
        Path f = tmp.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "library (x) { }\n");
        return f;
    }

    @Test void propertyWinsOverEnvironmentAndSearch() throws IOException {
        Path byProperty = file("p/a.lib"), byEnv = file("e/b.lib");
        file(Liberty.SHARED_PATH.toString());
        assertEquals(byProperty, Liberty.find(byProperty.toString(), byEnv.toString(), tmp.resolve("repo")).path());
    }

    @Test void environmentWinsOverSearch() throws IOException {
        Path byEnv = file("e/b.lib");
        file(Liberty.SHARED_PATH.toString());
        assertEquals(byEnv, Liberty.find(null, byEnv.toString(), tmp).path());
    }

    @Test void searchFindsTheSharedLibraryBesideAParentOfTheWorkingDirectory() throws IOException {
        Path shared = file(Liberty.SHARED_PATH.toString());
        Path start = Files.createDirectories(tmp.resolve("wt/ppa/rtl-generators"));
        Liberty lib = Liberty.find(null, null, start);
        assertEquals(shared, lib.path());
        assertEquals("sg13g2_stdcell_typ_1p20V_25C.lib", lib.fileName());
        assertEquals(64, lib.sha256().length(), "hex SHA-256 of the file");
    }

    @Test void missingEverywhereSaysWhereItLookedAndHowToSetIt() throws IOException {
        Path start = Files.createDirectories(tmp.resolve("nowhere"));
        PpaException e = assertThrows(PpaException.class, () -> Liberty.find(null, "", start));
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), "one line: " + m);
        assertTrue(m.contains(start.toString()) && m.contains(Liberty.SHARED_PATH.toString()), "names where it looked: " + m);
        assertTrue(m.contains("-Daccelforge.liberty=") && m.contains("ACCELFORGE_LIBERTY="), "says how to set it: " + m);
    }

    @Test void aNamedFileThatDoesNotExistIsNamedWithItsSource() {
        Path gone = tmp.resolve("gone.lib");
        PpaException e = assertThrows(PpaException.class, () -> Liberty.find(null, gone.toString(), tmp));
        assertEquals("no Liberty file at " + gone + " (named by ACCELFORGE_LIBERTY); point ACCELFORGE_LIBERTY at a .lib file such as "
                + "sg13g2_stdcell_typ_1p20V_25C.lib", e.getMessage());
    }
}
