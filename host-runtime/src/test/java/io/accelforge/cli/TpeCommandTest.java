package io.accelforge.cli;

import static io.accelforge.cli.ForgeRun.forge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forge tpe compare / sweep as a user runs them; only the sweep of one 2x2 INT4 array runs the PPA flow (seconds, then cached). */
class TpeCommandTest {
    @TempDir Path tmp;

    @Test void helpDescribesBothSubcommandsAndTheListsTheyTake() {
        ForgeRun r = forge("tpe", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("forge tpe compare") && r.out().contains("forge tpe sweep"), r.out());
        assertTrue(r.out().contains("--precision") && r.out().contains("skipped with a note"), r.out());
        assertTrue(forge("--help").out().contains("tpe "), "listed in the overview");
    }

    @Test void anUnknownArchitectureIsAOneLineUsageErrorNamingTheAllowedOnes() {
        ForgeRun r = forge("tpe", "sweep", "--arch", "systolic-oss", "-o", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --arch 'systolic-oss' is not one of systolic-os, systolic-ws, systolic-is, cube, mac-tree, matrix-2d"), r.err());
        assertTrue(r.err().contains("; nearest: systolic-os"), r.err());
        assertEquals(2, r.err().lines().count(), "the error and the usage line: " + r.err());
    }

    @Test void badPrecisionPeAndDimsValuesAreUsageErrors() {
        assertTrue(forge("tpe", "sweep", "--precision", "int3").err().contains("--precision 'int3' is not one of int4, int8, int16"));
        assertTrue(forge("tpe", "sweep", "--pe", "opt1,opt9").err().contains("--pe 'opt9' is not one of plain, opt1, opt2"));
        ForgeRun t = forge("tpe", "sweep", "--timeout", "0");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("--timeout '0' is not a whole number of minutes >= 1"), t.err());
        ForgeRun d = forge("tpe", "sweep", "--dims", "4by4");
        assertEquals(2, d.code());
        assertTrue(d.err().contains("--dims '4by4' is not RxC or XxYxZ"), d.err());
    }

    @Test void subcommandsAreCheckedBeforeAnythingIsMeasured() {
        assertTrue(forge("tpe").err().contains("missing the subcommand: run, compare, sweep"));
        ForgeRun typo = forge("tpe", "comapre");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown subcommand 'comapre'") && typo.err().contains("compare"), typo.err());
        ForgeRun opt = forge("tpe", "compare", "--arch", "cube");
        assertEquals(2, opt.code());
        assertTrue(opt.err().contains("--arch does not apply to 'forge tpe compare'"), opt.err());
    }

    @Test void aSweepOfOneTinyArrayWritesCsvJsonAndHtmlAndNotesWhatItSkipped() throws Exception {
        Path out = tmp.resolve("sweep");
        ForgeRun r = forge("tpe", "sweep", "--arch", "systolic-os", "--dims", "2x2", "--precision", "int4", "--pe", "plain,opt2", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped systolic-os 2x2 int4 opt2: PE 'opt2' does not apply to systolic-os; it takes plain, opt1"), r.err());
        assertTrue(r.err().contains("[####################] 1/1 systolic-os 2x2 int4 plain"), r.err());
        assertTrue(r.out().contains("1 arrays measured, 1 on the Pareto front, 1 combinations skipped"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(2, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("systolic-os,2x2,int4,plain,4,") && csv.get(1).endsWith(",true"), csv.get(1));
        assertTrue(Files.readString(out.resolve("sweep.html")).contains("<svg"));
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"skipped\""));
    }
}
