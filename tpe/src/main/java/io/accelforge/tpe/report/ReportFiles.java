package io.accelforge.tpe.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison and the sweep as files: JSON, CSV and an HTML page with an inline SVG chart.
 * Nothing in them depends on the time or the cache state, so the same measurements give the
 * same bytes. Each file is written beside its place and renamed into it.
 */
public final class ReportFiles {
    private ReportFiles() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes compare.json, compare.csv and compare.html into {@code dir}; returns their paths. */
    public static List<Path> write(Comparison c, Path dir) throws IOException {
        return List.of(put(dir, "compare.json", JSON.writeValueAsString(c) + "\n"), put(dir, "compare.csv", csv(c)), put(dir, "compare.html", Html.compare(c)));
    }

    /** Writes sweep.json, sweep.csv and sweep.html into {@code dir}; returns their paths. */
    public static List<Path> write(Sweep s, Path dir) throws IOException {
        return List.of(put(dir, "sweep.json", JSON.writeValueAsString(s) + "\n"), put(dir, "sweep.csv", csv(s)), put(dir, "sweep.html", Html.sweep(s)));
    }

    static final String DESIGN_HEADER = "architecture,dims,precision,pe,macs_per_cycle,area_um2,cells,flip_flops,logic_depth,fmax_mhz,gops,gops_per_mm2,"
            + "power_mw,power_clock_mhz,activity,energy_pj_per_mac,top";

    /** One row per design, then one per architecture: the ratios, the paper's, the goal and by how much it is missed; then any array not measured. */
    static String csv(Comparison c) {
        StringBuilder b = new StringBuilder(DESIGN_HEADER).append('\n');
        for (ArrayResult r : c.designs()) b.append(designRow(r)).append('\n');
        b.append('\n').append("architecture,dims,precision,optimised_pe,gops_per_mm2_ratio,paper_area_eff,energy_eff_ratio,paper_energy_eff,fmax_ratio,area_ratio,"
                + "goal,shortfall,verdict\n");
        for (PeComparison p : c.comparisons()) {
            b.append(String.join(",", p.architecture(), p.dims(), p.precision(), p.optimisedPe(), num(p.gopsPerMm2Ratio()), num(p.paperAreaEff()),
                    num(p.energyEffRatio()), num(p.paperEnergyEff()), num(p.fmaxRatio()), num(p.areaRatio()), p.goal() == null ? "" : num(p.goal()),
                    num(p.shortfall()), quote(p.verdict()))).append('\n');
        }
        if (!c.notMeasured().isEmpty()) {
            b.append('\n').append("not_measured\n");
            for (String f : c.notMeasured()) b.append(quote(f)).append('\n');
        }
        return b.toString();
    }

    static String csv(Sweep s) {
        StringBuilder b = new StringBuilder(DESIGN_HEADER).append(",pareto\n");
        for (Sweep.Row r : s.rows()) b.append(designRow(r.result())).append(',').append(r.pareto()).append('\n');
        return b.toString();
    }

    static String designRow(ArrayResult r) {
        List<String> f = new ArrayList<>(List.of(r.architecture(), r.dims(), r.precision(), r.pe(), Long.toString(r.macsPerCycle()), num(r.areaUm2()),
                Integer.toString(r.cells()), Integer.toString(r.flipFlops()), Integer.toString(r.logicDepth()), num(r.fmaxMhz()), num(r.gops()),
                num(r.gopsPerMm2()), num(r.powerMw()), num(r.powerClockMhz()), num(r.activity()), num(r.energyPjPerMac()), r.top()));
        return String.join(",", f);
    }

    /** Shortest exact decimal of an already rounded value, no exponent. */
    static String num(double x) { return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString(); }

    static String quote(String s) { return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s; }

    static String fmt(String f, Object... args) { return String.format(Locale.ROOT, f, args); }

    /** Writes {@code text} to a temporary file in {@code dir} and renames it to {@code name}. */
    static Path put(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        Path tmp = Files.createTempFile(dir, "." + name + "-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
