package io.accelforge.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveformTest {
    private static final Design GRID = Elaborator.elaborate(() -> new MacGrid(new MacGridParams(2, 2, 8, 32)));

    @TempDir Path tmp;

    private void simulate(SimOptions.Waveform w, int cycles) {
        try (VerilatorSim sim = VerilatorSim.open(GRID, SimOptions.defaults().withWaveform(w))) {
            sim.reset(1);
            sim.poke("en", 1);
            for (int c = 0; c < cycles; c++) {
                sim.poke("aIn_0", c % 100);
                sim.step();
            }
        }
    }

    @Test void vcdHoldsEverySignalOfTheDesign() throws Exception {
        Path f = tmp.resolve("grid.vcd");
        simulate(SimOptions.Waveform.of(f), 20);
        String vcd = Files.readString(f);
        assertTrue(vcd.contains("$var wire 32") && vcd.contains(" acc_0 "), "top ports traced");
        assertTrue(vcd.contains("$scope module cells_1_1 $end") && vcd.contains(" sum "), "submodule internals traced");
        assertTrue(vcd.contains("\n#40\n"), "cycle 20 (time 40) dumped");
    }

    @Test void scopeLimitsWhichSignalsAreTraced() throws Exception {
        Path f = tmp.resolve("cell.vcd");
        simulate(SimOptions.Waveform.of(f).scoped("TOP." + GRID.topName() + ".cells_0_0", 1), 10);
        String vcd = Files.readString(f);
        assertTrue(vcd.contains("$scope module cells_0_0 $end") && vcd.contains(" sum "), vcd.lines().limit(40).toList().toString());
        assertFalse(vcd.contains("cells_1_1"), "other instances are left out");
    }

    @Test void windowLimitsWhichCyclesAreDumped() throws Exception {
        Path f = tmp.resolve("window.vcd");
        simulate(SimOptions.Waveform.of(f).window(5, 8), 20);
        List<Long> times = Files.readAllLines(f).stream().filter(l -> l.startsWith("#")).map(l -> Long.parseLong(l.substring(1))).toList();
        assertTrue(times.stream().filter(t -> t > 0).allMatch(t -> t >= 10 && t <= 18), "times " + times);
        assertTrue(times.contains(12L) && times.contains(17L), "times " + times);
    }

    @Test void fstIsWrittenInItsOwnFormat() throws Exception {
        Path f = tmp.resolve("grid.fst");
        simulate(SimOptions.Waveform.of(f), 20);
        byte[] b = Files.readAllBytes(f);
        assertTrue(b.length > 100, "FST written");
        assertFalse(new String(b, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("$"), "binary, not VCD text");
    }
}
