package io.accelforge.fpga.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cell counts from the last "Number of cells" block of a Yosys {@code stat} report. */
public final class YosysStat {
    private static final Pattern CELL = Pattern.compile("^\\s+(\\S+)\\s+(\\d+)\\s*$");

    private YosysStat() {}

    public static Map<String, Integer> cells(String statText) {
        Map<String, Integer> out = new LinkedHashMap<>();
        boolean in = false;
        for (String line : statText.split("\n")) {
            if (line.contains("Number of cells:")) {
                out.clear();
                in = true;
                continue;
            }
            if (!in) continue;
            Matcher m = CELL.matcher(line);
            if (m.matches()) out.put(m.group(1), Integer.parseInt(m.group(2)));
            else if (!line.isBlank()) in = false;
        }
        return out;
    }
}
