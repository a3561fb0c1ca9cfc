package io.accelforge.tpe.report;

import static io.accelforge.tpe.report.ReportFiles.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The HTML pages: a table and an inline SVG chart, no scripts, no external files. */
final class Html {
    private Html() {}

    private static final String PLAIN_COLOUR = "#8c8c8c", OPT_COLOUR = "#1f77b4", FRONT_COLOUR = "#d62728";

    static String compare(Comparison c) {
        StringBuilder b = head("Tensor engines: optimised against plain PEs");
        b.append("<p>").append(esc(c.flow())).append("</p>\n").append(compareChart(c));
        b.append("<h2>Optimised / plain</h2>\n<table>\n<tr><th>architecture</th><th>dims</th><th>PE</th><th>GOPS/mm2 ratio</th><th>paper</th>"
                + "<th>energy-eff. ratio</th><th>paper</th><th>Fmax ratio</th><th>area ratio</th><th>goal</th></tr>\n");
        for (PeComparison p : c.comparisons()) {
            b.append(fmt("<tr><td>%s</td><td>%s</td><td>%s</td><td>%.2fx</td><td>%.2fx</td><td>%.2fx</td><td>%.2fx</td><td>%.2fx</td><td>%.2fx</td><td class=\"%s\">%s</td></tr>%n",
                    esc(p.architecture()), p.dims(), p.optimisedPe(), p.gopsPerMm2Ratio(), p.paperAreaEff(), p.energyEffRatio(), p.paperEnergyEff(),
                    p.fmaxRatio(), p.areaRatio(), p.missed() ? "missed" : "ok", esc(p.verdict())));
        }
        b.append("</table>\n");
        notes(b, "Not measured", c.notMeasured());
        b.append("<h2>Arrays</h2>\n");
        designTable(b, c.designs(), null);
        return tail(b, c.method());
    }

    static String sweep(Sweep s) {
        StringBuilder b = head("Tensor engines: design-space sweep");
        b.append("<p>").append(esc(s.flow())).append("</p>\n").append(sweepChart(s));
        List<ArrayResult> results = s.rows().stream().map(Sweep.Row::result).toList();
        b.append("<h2>Arrays</h2>\n");
        designTable(b, results, s.rows().stream().map(Sweep.Row::pareto).toList());
        notes(b, "Skipped", s.skipped());
        return tail(b, s.method());
    }

    private static void notes(StringBuilder b, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        b.append("<h2>").append(title).append("</h2>\n<ul>\n");
        for (String line : lines) b.append("<li>").append(esc(line)).append("</li>\n");
        b.append("</ul>\n");
    }

    private static void designTable(StringBuilder b, List<ArrayResult> rs, List<Boolean> pareto) {
        b.append("<table>\n<tr><th>architecture</th><th>dims</th><th>precision</th><th>PE</th><th>MACs/cycle</th><th>area um2</th><th>Fmax MHz</th>"
                + "<th>GOPS</th><th>GOPS/mm2</th><th>pJ/MAC</th><th>logic depth</th>").append(pareto == null ? "" : "<th>Pareto</th>").append("</tr>\n");
        for (int i = 0; i < rs.size(); i++) {
            ArrayResult r = rs.get(i);
            b.append(fmt("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%.0f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.3f</td><td>%d</td>",
                    esc(r.architecture()), r.dims(), r.precision(), r.pe(), r.macsPerCycle(), r.areaUm2(), r.fmaxMhz(), r.gops(), r.gopsPerMm2(),
                    r.energyPjPerMac(), r.logicDepth()));
            if (pareto != null) b.append("<td>").append(pareto.get(i) ? "yes" : "").append("</td>");
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    /** Bars of GOPS/mm2, plain and optimised side by side per architecture, the ratio and the paper's above each pair. */
    static String compareChart(Comparison c) {
        int n = c.comparisons().size(), group = 150, left = 60, top = 40, h = 260, w = left + n * group + 20;
        double max = 0;
        for (ArrayResult r : c.designs()) max = Math.max(max, r.gopsPerMm2());
        max = niceCeil(max);
        StringBuilder s = new StringBuilder(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", w, top + h + 60));
        s.append(fmt("<text x=\"%d\" y=\"16\" font-size=\"13\">GOPS/mm2, plain (grey) and optimised (blue); ratio and the paper's above</text>%n", left));
        axisY(s, left, top, h, w - 10, max, "GOPS/mm2");
        for (int i = 0; i < n; i++) {
            PeComparison p = c.comparisons().get(i);
            ArrayResult plain = find(c.designs(), p, p.plainPe()), opt = find(c.designs(), p, p.optimisedPe());
            int x0 = left + i * group + 25;
            bar(s, x0, top, h, plain.gopsPerMm2() / max, PLAIN_COLOUR, fmt("%s: %.1f GOPS/mm2", plain.label(), plain.gopsPerMm2()));
            bar(s, x0 + 50, top, h, opt.gopsPerMm2() / max, OPT_COLOUR, fmt("%s: %.1f GOPS/mm2", opt.label(), opt.gopsPerMm2()));
            double hiTop = top + h - h * Math.max(plain.gopsPerMm2(), opt.gopsPerMm2()) / max;
            s.append(fmt("<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%.2fx (paper %.2fx)</text>%n", x0 + 45, hiTop - 6,
                    p.missed() ? FRONT_COLOUR : "black", p.gopsPerMm2Ratio(), p.paperAreaEff()));
            s.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s %s</text>%n", x0 + 45, top + h + 16, esc(p.architecture()), p.dims()));
            s.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s / %s</text>%n", x0 + 45, top + h + 30, p.plainPe(), p.optimisedPe()));
        }
        return s.append("</svg>\n").toString();
    }

    /** Area (mm2) against GOPS, every array a dot, the Pareto front red and joined. */
    static String sweepChart(Sweep sw) {
        int left = 70, top = 40, w = 640, h = 380, plotW = w - left - 30;
        List<ArrayResult> rs = sw.rows().stream().map(Sweep.Row::result).toList();
        double maxA = 0, maxG = 0;
        for (ArrayResult r : rs) {
            maxA = Math.max(maxA, r.areaUm2() / 1e6);
            maxG = Math.max(maxG, r.gops());
        }
        maxA = niceCeil(maxA);
        maxG = niceCeil(maxG);
        StringBuilder s = new StringBuilder(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", w, top + h + 50));
        s.append(fmt("<text x=\"%d\" y=\"16\" font-size=\"13\">throughput against area; Pareto front (smallest area for its GOPS) in red</text>%n", left));
        axisY(s, left, top, h, left + plotW, maxG, "GOPS");
        for (int i = 0; i <= 4; i++) {
            double x = left + plotW * i / 4.0;
            s.append(fmt("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", x, top + h, x, top + h + 4));
            s.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, top + h + 16, tick(maxA * i / 4)));
        }
        s.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">cell area (mm2)</text>%n", left + plotW / 2, top + h + 34));
        List<double[]> front = new ArrayList<>();
        for (Sweep.Row row : sw.rows()) {
            ArrayResult r = row.result();
            double x = left + plotW * (r.areaUm2() / 1e6) / maxA, y = top + h - h * r.gops() / maxG;
            if (row.pareto()) front.add(new double[] {x, y});
            s.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"><title>%s: %.3f mm2, %.1f GOPS</title></circle>%n", x, y, row.pareto() ? 5 : 4,
                    row.pareto() ? FRONT_COLOUR : OPT_COLOUR, esc(r.label()), r.areaUm2() / 1e6, r.gops()));
            boolean rightHalf = x > left + plotW / 2.0;   // labels of the larger arrays end at their dot, so they stay inside the chart
            if (row.pareto()) s.append(fmt("<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" text-anchor=\"%s\">%s</text>%n", rightHalf ? x - 7 : x + 7, y - 6,
                    rightHalf ? "end" : "start", esc(r.label())));
        }
        front.sort(Comparator.comparingDouble(p -> p[0]));
        if (front.size() > 1) {
            StringBuilder pts = new StringBuilder();
            for (double[] p : front) pts.append(pts.isEmpty() ? "" : " ").append(fmt("%.1f,%.1f", p[0], p[1]));
            s.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"").append(FRONT_COLOUR).append("\" stroke-width=\"1.5\"/>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static ArrayResult find(List<ArrayResult> rs, PeComparison p, String pe) {
        return rs.stream().filter(r -> r.architecture().equals(p.architecture()) && r.dims().equals(p.dims()) && r.precision().equals(p.precision())
                && r.pe().equals(pe)).findFirst().orElseThrow();
    }

    private static void bar(StringBuilder s, int x, int top, int h, double frac, String colour, String title) {
        double bh = h * frac;
        s.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"40\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n", x, top + h - bh, bh, colour, esc(title)));
    }

    private static void axisY(StringBuilder s, int left, int top, int h, int right, double max, String label) {
        s.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top, left, top + h));
        s.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top + h, right, top + h));
        for (int i = 0; i <= 4; i++) {
            double y = top + h - h * i / 4.0;
            s.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", left, y, right, y));
            s.append(fmt("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 4, y + 4, tick(max * i / 4)));
        }
        s.append(fmt("<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s</text>%n", top + h / 2, top + h / 2, label));
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten that is at least {@code x} (1 for nothing). */
    static double niceCeil(double x) {
        if (!(x > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= x * (1 - 1e-12)) return m * p;
        return 10 * p;
    }

    /** Four significant digits, no exponent. */
    static String tick(double v) { return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString(); }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n<style>\n"
                + "body { font-family: sans-serif; margin: 2em; }\ntable { border-collapse: collapse; margin: 1em 0; }\n"
                + "td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: right; }\ntd:first-child, th:first-child { text-align: left; }\n"
                + ".missed { color: " + FRONT_COLOUR + "; font-weight: bold; }\n</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    private static String tail(StringBuilder b, List<String> method) {
        b.append("<h2>Method</h2>\n<ul>\n");
        for (String m : method) b.append("<li>").append(esc(m)).append("</li>\n");
        return b.append("</ul>\n</body>\n</html>\n").toString();
    }

    static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }
}
