package io.accelforge.tpe.report;

import io.accelforge.rtl.synth.PpaException;
import io.accelforge.rtl.synth.PpaReport;
import io.accelforge.rtl.tools.ToolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures arrays one after another, with a progress line (and bar) per design on the way. A
 * design the flow fails on (a tool error or time-out) is noted and the others still run, so a
 * long comparison keeps what it measured.
 */
final class Measurements {
    private Measurements() {}

    /** The flow every measurement went through, from the first report: tools and liberty. */
    static String flow(PpaReport r) { return r.yosysVersion() + " + OpenSTA " + r.staVersion() + ", " + r.liberty(); }

    /**
     * @param results  the measured arrays, in the order of the points
     * @param failures one line per point not measured: its label and the flow's error
     */
    record Measured(List<ArrayResult> results, List<String> failures, String flow) {}

    static Measured run(List<ArrayPoint> points, ArrayMeasurer m, Consumer<String> progress) {
        List<ArrayResult> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String flow = "";
        int i = 0;
        for (ArrayPoint p : points) {
            i++;
            progress.accept(bar(i - 1, points.size()) + " " + p.label() + ": measuring ...");
            long t0 = System.nanoTime();
            PpaReport r;
            try {
                r = m.measure(p);
            } catch (PpaException | ToolException e) {
                failures.add(p.label() + ": " + e.getMessage());
                progress.accept(bar(i, points.size()) + " " + p.label() + ": not measured: " + e.getMessage());
                continue;
            }
            if (flow.isEmpty()) flow = flow(r);
            ArrayResult a = ArrayResult.of(p, r);
            out.add(a);
            progress.accept(String.format(Locale.ROOT, "%s %s: %.0f um2, %.1f MHz, %.1f GOPS/mm2 (%s)", bar(i, points.size()), p.label(), a.areaUm2(),
                    a.fmaxMhz(), a.gopsPerMm2(), r.fromCache() ? "cached" : String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t0) / 1e9)));
        }
        return new Measured(out, failures, flow);
    }

    /** "[######------] 3/6" */
    static String bar(int done, int total) {
        int width = 20, filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
    }
}
