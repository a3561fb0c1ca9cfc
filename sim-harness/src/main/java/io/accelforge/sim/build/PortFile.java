package io.accelforge.sim.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The port list stored beside a cached model: one line per port, "name in|out width signed|unsigned". */
final class PortFile {
    static final String NAME = "ports.txt";

    private PortFile() {}

    static void write(Path f, List<PortSpec> ports) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (PortSpec p : ports) {
            sb.append(p.name()).append(' ').append(p.input() ? "in" : "out").append(' ').append(p.width()).append(' ')
              .append(p.signed() ? "signed" : "unsigned").append('\n');
        }
        Files.writeString(f, sb.toString());
    }

    static List<PortSpec> read(Path f) throws IOException {
        List<PortSpec> out = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            if (line.isBlank()) continue;
            String[] p = line.trim().split(" ");
            if (p.length != 4) throw new IOException(f + ": malformed port line '" + line + "'");
            out.add(new PortSpec(p[0], p[1].equals("in"), Integer.parseInt(p[2]), p[3].equals("signed")));
        }
        return out;
    }
}
