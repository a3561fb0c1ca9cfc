package io.accelforge.fpga.flow;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Pin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An iCE40 physical constraints file: {@code set_io [-nowarn] [-pullup yes|no] NAME SITE} per
 * line, NAME a port bit such as {@code led} or {@code data[3]}. Written without {@code -nowarn}
 * (icetime rejects it).
 */
public record Pcf(Map<String, Entry> entries) {
    /** One constraint: the package site, the pull-up, and the line it came from (0 when generated). */
    public record Entry(String site, boolean pullUp, int line) {}

    public Pcf {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The board's pins for these ports (port name = board pin name). */
    public static Pcf forBoard(Board b, List<String> portBits) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (String p : portBits) {
            Pin pin = b.pin(p);
            if (pin != null) m.put(p, new Entry(pin.site(), pin.pullUp(), 0));
        }
        return new Pcf(m);
    }

    /** Reads a PCF; fails with the file and line of what it cannot read. */
    public static Pcf read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such PCF file");
        Map<String, Entry> m = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replaceAll("#.*", "").trim();
            if (l.isEmpty()) continue;
            String[] t = l.split("\\s+");
            if (!t[0].equals("set_io")) {
                problems.add(file + ":" + (i + 1) + ": '" + t[0] + "' is not supported (only set_io)");
                continue;
            }
            boolean pullUp = false;
            List<String> rest = new ArrayList<>();
            for (int k = 1; k < t.length; k++) {
                if (t[k].equals("-nowarn")) continue;
                if (t[k].equals("-pullup") && k + 1 < t.length) {
                    pullUp = t[++k].equals("yes");
                    continue;
                }
                rest.add(t[k]);
            }
            if (rest.size() != 2) {
                problems.add(file + ":" + (i + 1) + ": expected 'set_io NAME SITE', got '" + l + "'");
                continue;
            }
            if (m.put(rest.get(0), new Entry(rest.get(1), pullUp, i + 1)) != null) {
                problems.add(file + ":" + (i + 1) + ": '" + rest.get(0) + "' is constrained twice");
            }
        }
        if (!problems.isEmpty()) throw new IOException(String.join("\n", problems));
        return new Pcf(m);
    }

    public String text() {
        StringBuilder sb = new StringBuilder("# written by AccelForge\n");
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            sb.append("set_io ").append(e.getValue().pullUp() ? "-pullup yes " : "").append(e.getKey()).append(' ').append(e.getValue().site()).append('\n');
        }
        return sb.toString();
    }
}
