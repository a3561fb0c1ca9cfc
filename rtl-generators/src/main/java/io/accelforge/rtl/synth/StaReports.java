package io.accelforge.rtl.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for OpenSTA 2.0.17's {@code report_checks} (full path format) and
 * {@code report_power} text. Each fails with what it looked for when the text does not hold it.
 */
final class StaReports {
    private StaReports() {}

    /** The power table's rows in watts. */
    record PowerTable(double internalW, double switchingW, double leakageW, double totalW, double sequentialW, double combinationalW) {}

    private static final Pattern POINT = Pattern.compile("^(Startpoint|Endpoint): (\\S+)(?: \\((.*)\\))?[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern GROUP = Pattern.compile("^Path Group: (\\S+)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern ARRIVAL = Pattern.compile("^[ \\t]+(-?[0-9.]+)[ \\t]+data arrival time[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern REQUIRED = Pattern.compile("^[ \\t]+(-?[0-9.]+)[ \\t]+data required time[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern SLACK = Pattern.compile("^[ \\t]+(-?[0-9.]+)[ \\t]+slack \\((MET|VIOLATED)\\)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern POWER_ROW = Pattern.compile(
            "^(Sequential|Combinational|Total)[ \\t]+([0-9.eE+-]+)[ \\t]+([0-9.eE+-]+)[ \\t]+([0-9.eE+-]+)[ \\t]+([0-9.eE+-]+)", Pattern.MULTILINE);

    /** Every path in a {@code report_checks} report, in report order; empty for "No paths found." */
    static List<TimingPath> paths(String text, String source) {
        List<TimingPath> out = new ArrayList<>();
        if (text.lines().anyMatch(l -> l.trim().equals("No paths found."))) return out;
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf("Startpoint: "); i >= 0; i = text.indexOf("\nStartpoint: ", i + 1)) starts.add(i == 0 ? 0 : i + 1);
        if (starts.isEmpty()) throw new PpaException("neither a 'Startpoint:' nor 'No paths found.' in " + source);
        for (int k = 0; k < starts.size(); k++) {
            String block = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length());
            out.add(path(block, source));
        }
        return out;
    }

    /** The path with the least slack. */
    static Optional<TimingPath> worst(List<TimingPath> paths) { return paths.stream().min(Comparator.comparingDouble(TimingPath::slackNs)); }

    private static TimingPath path(String block, String source) {
        Matcher p = POINT.matcher(block);
        String start = null, startKind = null, end = null, endKind = null;
        while (p.find()) {
            if (p.group(1).equals("Startpoint")) {
                start = p.group(2);
                startKind = p.group(3);
            } else {
                end = p.group(2);
                endKind = p.group(3);
            }
        }
        if (start == null || end == null) throw new PpaException("a path without 'Startpoint:' or 'Endpoint:' in " + source);
        Matcher g = GROUP.matcher(block);
        String group = g.find() ? g.group(1) : null;
        return new TimingPath(start, startKind, end, endKind, group, first(ARRIVAL, block, "data arrival time", source),
                first(REQUIRED, block, "data required time", source), first(SLACK, block, "slack", source));
    }

    // the first figure is the positive one of the path table; the summary below repeats it negated
    private static double first(Pattern p, String block, String what, String source) {
        Matcher m = p.matcher(block);
        if (!m.find()) throw new PpaException("a path without '" + what + "' in " + source);
        return Double.parseDouble(m.group(1));
    }

    /** The Total, Sequential and Combinational rows of a {@code report_power} table. */
    static PowerTable power(String text, String source) {
        Matcher m = POWER_ROW.matcher(text);
        double[] total = null, seq = null, comb = null;
        while (m.find()) {
            double[] row = {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))};
            switch (m.group(1)) {
                case "Total" -> total = row;
                case "Sequential" -> seq = row;
                default -> comb = row;
            }
        }
        if (total == null || seq == null || comb == null) throw new PpaException("no Sequential/Combinational/Total power rows in " + source);
        return new PowerTable(total[0], total[1], total[2], total[3], seq[3], comb[3]);
    }
}
