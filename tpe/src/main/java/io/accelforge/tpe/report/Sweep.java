package io.accelforge.tpe.report;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A design-space sweep: architecture x dimensions x precision x PE kind, each measured, and
 * the Pareto front of area against throughput (no other point is at most as large and at
 * least as fast, and better in one).
 *
 * <p>Combinations the generators do not build (a PE kind an architecture does not take, a
 * shape out of its range, three dimensions for a two-dimensional array) are skipped, each
 * with a note in {@code skipped}; the rest of the sweep runs. A two-dimension value AxB on the
 * cube means x = A, y = B (the chain along K), z = A.
 *
 * @param rows    measured arrays in sweep order, each with whether it is on the front
 * @param skipped one line per skipped combination, saying why, and per array the flow failed on
 */
public record Sweep(String flow, List<String> method, List<Row> rows, List<String> skipped) {

    /** One measured array and whether it is on the Pareto front. */
    public record Row(ArrayResult result, boolean pareto) {}

    /** What a sweep covers. */
    public record Grid(List<Architecture> archs, List<List<Integer>> dims, List<Precision> precisions, List<PeKind> pes) {}

    /** The points of the grid that the generators build, in order architecture, dimensions, precision, PE; the others into {@code skipped}. */
    public static List<ArrayPoint> points(Grid g, List<String> skipped) {
        List<ArrayPoint> out = new ArrayList<>();
        for (Architecture a : g.archs()) {
            for (List<Integer> d : g.dims()) {
                List<Integer> dims = a == Architecture.CUBE && d.size() == 2 ? List.of(d.get(0), d.get(1), d.get(0)) : d;
                for (Precision p : g.precisions()) {
                    for (PeKind k : g.pes()) {
                        try {
                            out.add(new ArrayPoint(a, dims, p, k));
                        } catch (ParamException e) {
                            skipped.add("skipped " + ArrayPoint.name(a) + " " + ArrayPoint.dimsLabel(d) + " " + ArrayPoint.lower(p) + " " + ArrayPoint.lower(k) + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        return out;
    }

    public static Sweep run(Grid g, ArrayMeasurer m, Consumer<String> progress) {
        List<String> skipped = new ArrayList<>();
        List<ArrayPoint> pts = points(g, skipped);
        skipped.forEach(progress);
        Measurements.Measured got = Measurements.run(pts, m, progress);
        for (String f : got.failures()) skipped.add("not measured " + f);
        return of(got.flow(), got.results(), skipped);
    }

    public static Sweep of(String flow, List<ArrayResult> results, List<String> skipped) {
        List<Row> rows = new ArrayList<>();
        for (ArrayResult r : results) rows.add(new Row(r, onFront(r, results)));
        return new Sweep(flow, List.of(Comparison.METHOD.get(0), Comparison.METHOD.get(1), Comparison.METHOD.get(2)), List.copyOf(rows), List.copyOf(skipped));
    }

    /** True when no other result is at most as large and at least as fast with one of the two strictly better. */
    static boolean onFront(ArrayResult r, List<ArrayResult> all) {
        for (ArrayResult o : all) {
            boolean noWorse = o.areaUm2() <= r.areaUm2() && o.gops() >= r.gops();
            boolean better = o.areaUm2() < r.areaUm2() || o.gops() > r.gops();
            if (noWorse && better) return false;
        }
        return true;
    }
}
