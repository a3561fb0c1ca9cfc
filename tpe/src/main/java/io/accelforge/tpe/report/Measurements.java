package io.accelforge.tpe.report;

import io.accelforge.rtl.synth.PpaReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Measures arrays one after another, with a progress line (and bar) per design on the way. */
final class Measurements {
    private Measurements() {}

    /** The flow every measurement went through, from the first report: tools and liberty. */
    static String flow(PpaReport r) { return r.yosysVersion() + " + OpenSTA " + r.staVersion() + ", " + r.liberty(); }

    record Measured(List<ArrayResult> results, String flow) {}

    static Measured run(List<ArrayPoint> points, ArrayMeasurer m, Consumer<String> progress) {
        List<ArrayResult> out = new ArrayList<>();
        String flow = "";
        int i = 0;
        for (ArrayPoint p : points) {
            i++;
            progress.accept(bar(i - 1, points.size()) + " " + p.label() + ": measuring ...");
            long t0 = System.nanoTime();
            PpaReport r = m.measure(p);
            if (flow.isEmpty()) flow = flow(r);
            ArrayResult a = ArrayResult.of(p, r);
            out.add(a);
            progress.accept(String.format(Locale.ROOT, "%s %s: %.0f um2, %.1f MHz, %.1f GOPS/mm2 (%s)", bar(i, points.size()), p.label(), a.areaUm2(),
                    a.fmaxMhz(), a.gopsPerMm2(), r.fromCache() ? "cached" : String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t0) / 1e9)));
        }
        return new Measured(out, flow);
    }

    /** "[######------] 3/6" */
    static String bar(int done, int total) {
        int width = 20, filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
    }
}
