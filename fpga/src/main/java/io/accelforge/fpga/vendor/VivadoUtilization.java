package io.accelforge.fpga.vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a Vivado {@code report_utilization} file: every table whose header has "Site Type",
 * "Used" and "Available" (with or without the "Fixed" and "Prohibited" columns of newer
 * versions) gives name -> used, available, percent. Indented sub-rows keep their names.
 */
public final class VivadoUtilization {
    /** One row. */
    public record Row(String name, double used, double available, double percent) {}

    private VivadoUtilization() {}

    public static Map<String, Row> parse(String report) {
        Map<String, Row> out = new LinkedHashMap<>();
        int used = -1, avail = -1, util = -1;
        for (String line : report.split("\n")) {
            if (!line.startsWith("|")) {
                if (line.isBlank()) used = -1;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.contains("Site Type") && cells.contains("Used") && cells.contains("Available")) {
                used = cells.indexOf("Used");
                avail = cells.indexOf("Available");
                util = cells.indexOf("Util%");
                continue;
            }
            if (used < 0 || cells.size() <= Math.max(used, avail)) continue;
            String name = cells.getFirst();
            if (name.startsWith("*")) continue;
            try {
                double u = Double.parseDouble(cells.get(used)), a = Double.parseDouble(cells.get(avail));
                double pct = util >= 0 && util < cells.size() && !cells.get(util).isEmpty() ? Double.parseDouble(cells.get(util).replace("<", "")) : 0;
                out.putIfAbsent(name, new Row(name, u, a, pct));
            } catch (NumberFormatException e) {
                // a row without numbers (a sub-heading) is skipped
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) out.add(parts[i].trim());
        return out;
    }
}
