package io.accelforge.sim.csv;

import io.accelforge.rtl.util.NearestNames;
import io.accelforge.sim.build.PortSpec;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Input values per cycle, from a CSV file: a header naming input ports (an optional first
 * column "cycle" is checked, not used), then one row per cycle, applied before that cycle's
 * clock edge. An empty cell keeps the previous value; values are decimal (negative for
 * signed ports), 0x hex or 0b binary; '#' starts a comment line. After the last row the
 * inputs keep their values.
 */
public record Stimulus(List<String> ports, List<BigInteger[]> rows) {
    public static Stimulus read(Path file, List<PortSpec> modelPorts) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Map<String, PortSpec> byName = new HashMap<>();
        for (PortSpec p : modelPorts) byName.put(p.name(), p);
        int lineNo = 0;
        List<String> header = null;
        boolean hasCycle = false;
        List<BigInteger[]> rows = new ArrayList<>();
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] cells = line.split(",", -1);
            if (header == null) {
                header = new ArrayList<>();
                for (int i = 0; i < cells.length; i++) {
                    String name = cells[i].strip();
                    if (i == 0 && name.equals("cycle")) {
                        hasCycle = true;
                        continue;
                    }
                    PortSpec p = byName.get(name);
                    if (p == null) {
                        throw new CsvFormatException(file + ":" + lineNo + ": unknown port '" + name + "'"
                                + NearestNames.suggestion(name, modelPorts.stream().filter(PortSpec::input).map(PortSpec::name).toList()));
                    }
                    if (!p.input()) throw new CsvFormatException(file + ":" + lineNo + ": '" + name + "' is an output; a stimulus drives inputs only");
                    if (header.contains(name)) throw new CsvFormatException(file + ":" + lineNo + ": column '" + name + "' appears twice");
                    header.add(name);
                }
                continue;
            }
            int expected = header.size() + (hasCycle ? 1 : 0);
            if (cells.length != expected) {
                throw new CsvFormatException(file + ":" + lineNo + ": " + cells.length + " cells, the header has " + expected);
            }
            if (hasCycle) {
                String c = cells[0].strip();
                if (!c.isEmpty() && !c.equals(String.valueOf(rows.size()))) {
                    throw new CsvFormatException(file + ":" + lineNo + ": cycle " + c + " where " + rows.size() + " was expected (one row per cycle, from 0)");
                }
            }
            BigInteger[] row = new BigInteger[header.size()];
            for (int i = 0; i < header.size(); i++) {
                String cell = cells[i + (hasCycle ? 1 : 0)].strip();
                if (cell.isEmpty()) continue;
                PortSpec p = byName.get(header.get(i));
                row[i] = parse(cell, p, file + ":" + lineNo + ": column '" + p.name() + "'");
            }
            rows.add(row);
        }
        if (header == null) throw new CsvFormatException(file + ":1: no header line naming the input ports");
        return new Stimulus(List.copyOf(header), rows);
    }

    static BigInteger parse(String cell, PortSpec p, String where) {
        BigInteger v;
        try {
            String c = cell.replace("_", "");
            boolean neg = c.startsWith("-");
            String body = neg ? c.substring(1) : c;
            if (body.startsWith("0x") || body.startsWith("0X")) v = new BigInteger(body.substring(2), 16);
            else if (body.startsWith("0b") || body.startsWith("0B")) v = new BigInteger(body.substring(2), 2);
            else v = new BigInteger(body);
            if (neg) v = v.negate();
        } catch (NumberFormatException e) {
            throw new CsvFormatException(where + ": '" + cell + "' is not a number (decimal, 0x hex or 0b binary)");
        }
        BigInteger min = p.signed() ? BigInteger.ONE.shiftLeft(p.width() - 1).negate() : BigInteger.ZERO;
        BigInteger max = (p.signed() ? BigInteger.ONE.shiftLeft(p.width() - 1) : BigInteger.ONE.shiftLeft(p.width())).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new CsvFormatException(where + ": " + v + " does not fit " + (p.signed() ? "SInt(" : "UInt(") + p.width() + ") (" + min + ".." + max + ")");
        }
        return v;
    }
}
