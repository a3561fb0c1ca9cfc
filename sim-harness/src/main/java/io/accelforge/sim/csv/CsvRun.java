package io.accelforge.sim.csv;

import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.PortSpec;
import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs a model for a number of cycles from a stimulus, and writes every port's value after
 * each cycle's clock edge: header "cycle,port,...", one row per cycle, decimal values.
 */
public final class CsvRun {
    private CsvRun() {}

    public static void run(VerilatorSim sim, Stimulus stimulus, long cycles, Path out) throws IOException {
        Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".sim-", ".csv.tmp");
        try (Writer w = tmp == null ? Writer.nullWriter() : Files.newBufferedWriter(tmp)) {
            StringBuilder header = new StringBuilder("cycle");
            for (PortSpec p : sim.ports()) header.append(',').append(p.name());
            w.write(header.append('\n').toString());
            for (long c = 0; c < cycles; c++) {
                if (stimulus != null && c < stimulus.rows().size()) {
                    BigInteger[] row = stimulus.rows().get((int) c);
                    for (int i = 0; i < row.length; i++) if (row[i] != null) sim.poke(stimulus.ports().get(i), row[i]);
                }
                sim.step();
                StringBuilder line = new StringBuilder().append(c);
                for (PortSpec p : sim.ports()) line.append(',').append(sim.peekBig(p.name()));
                w.write(line.append('\n').toString());
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) Files.deleteIfExists(tmp);
            throw e;
        }
        if (tmp != null) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
