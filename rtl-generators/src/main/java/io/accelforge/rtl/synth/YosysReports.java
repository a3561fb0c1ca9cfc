package io.accelforge.rtl.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the Yosys 0.23 reports the flow writes with {@code tee -o}: {@code stat}
 * (cells by type, liberty area, CMOS transistor estimate) and {@code ltp} (longest path).
 * Each fails with what it looked for when the text does not hold it.
 */
final class YosysReports {
    private YosysReports() {}

    /** What one {@code stat} printed for the (flattened) top. */
    record Stat(int cells, Map<String, Integer> cellsByType, Double areaUm2, Long transistors, boolean transistorsLowerBound) {
        /** Flip-flops and latches among Yosys's internal gate types ($_DFF_P_, $_SDFFE_PP0P_, $_DLATCH_P_, ...). */
        int flipFlops() {
            int n = 0;
            for (Map.Entry<String, Integer> e : cellsByType.entrySet()) {
                String t = e.getKey();
                if (t.startsWith("$_") && (t.contains("DFF") || t.contains("DLATCH") || t.startsWith("$_SR_"))) n += e.getValue();
            }
            return n;
        }
    }

    private static final Pattern CELLS = Pattern.compile("^[ \\t]*Number of cells:[ \\t]+(\\d+)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern CELL_TYPE = Pattern.compile("^[ ]{5,}(\\S+)[ \\t]+(\\d+)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern AREA = Pattern.compile("^[ \\t]*Chip area for (?:top )?module '[^']*': ([0-9.eE+-]+)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern TRANSISTORS = Pattern.compile("^[ \\t]*Estimated number of transistors:[ \\t]+(\\d+)(\\+?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern LTP = Pattern.compile("^Longest topological path in \\S+ \\(length=(\\d+)\\):", Pattern.MULTILINE);

    /**
     * Reads a {@code stat} report. With a hierarchy the last (whole-design) figures win;
     * area and transistors are null when that stat variant was not asked for.
     */
    static Stat stat(String text, String source) {
        Matcher c = CELLS.matcher(text);
        int cells = -1, cellsAt = -1;
        while (c.find()) {
            cells = Integer.parseInt(c.group(1));
            cellsAt = c.end();
        }
        if (cells < 0) throw new PpaException("no 'Number of cells' line in " + source);
        Map<String, Integer> byType = new LinkedHashMap<>();
        Matcher t = CELL_TYPE.matcher(text);
        t.region(cellsAt, text.length());
        while (t.find()) byType.put(t.group(1), Integer.parseInt(t.group(2)));
        Double area = null;
        Matcher a = AREA.matcher(text);
        while (a.find()) area = Double.parseDouble(a.group(1));
        Long transistors = null;
        boolean lowerBound = false;
        Matcher tr = TRANSISTORS.matcher(text);
        while (tr.find()) {
            transistors = Long.parseLong(tr.group(1));
            lowerBound = !tr.group(2).isEmpty();
        }
        return new Stat(cells, byType, area, transistors, lowerBound);
    }

    /** The length of the longest topological path, in cells (the longest when several modules are listed). */
    static int longestPath(String text, String source) {
        Matcher m = LTP.matcher(text);
        int best = -1;
        while (m.find()) best = Math.max(best, Integer.parseInt(m.group(1)));
        if (best < 0) throw new PpaException("no 'Longest topological path' line in " + source);
        return best;
    }
}
