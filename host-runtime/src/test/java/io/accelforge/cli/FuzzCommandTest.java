package io.accelforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** 'forge fuzz': a progress line per batch, a summary, exit 0 without differences, usage errors for bad options. */
class FuzzCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run forge(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Forge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void aSmallRunWithoutDifferencesPrintsABatchLineAndASummaryAndExitsZero() {
        Run r = forge("fuzz", "--circuits", "8", "--seed", "3", "--cycles", "20", "--batch", "4");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("batch 1/2: 4 circuits done, 0 failing") && r.err().contains("batch 2/2: 8 circuits done, 0 failing"), r.err());
        assertTrue(r.out().contains("fuzz: 8 circuits, 160 cycles, 0 failing (0 mismatches)") && r.out().contains("circuits/s"), r.out());
    }

    @Test void withoutCircuitsItIsAUsageError() {
        Run r = forge("fuzz", "--seed", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing --circuits N"), r.err());
    }

    @Test void aBatchOfZeroIsAUsageError() {
        Run r = forge("fuzz", "--circuits", "5", "--batch", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("batch must be >= 1, got 0"), r.err());
    }

    @Test void isListedInTheHelp() {
        assertTrue(forge("--help").out().contains("fuzz"));
    }
}
