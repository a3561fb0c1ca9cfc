package io.accelforge.fpga.vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a Vivado {@code report_timing_summary} file: the design's WNS, TNS and WHS,
 * and per clock its period, WNS and the Fmax it implies, 1000 / (period - WNS).
 */
public final class VivadoTiming {
    public record Clock(String name, double periodNs, double wnsNs, double fmaxMhz) {}

    public record Summary(double wnsNs, double tnsNs, double whsNs, List<Clock> clocks) {
        public boolean met() { return wnsNs >= 0 && whsNs >= 0; }
    }

    private VivadoTiming() {}

    public static Summary parse(String report) {
        String[] lines = report.split("\n");
        double[] design = null;
        Map<String, Double> periods = new LinkedHashMap<>();
        Map<String, Double> wns = new LinkedHashMap<>();
        String section = "";
        for (String l : lines) {
            if (l.startsWith("| ")) {
                String title = l.substring(2).trim();
                if (!title.startsWith("-")) section = title;
                continue;
            }
            String t = l.trim();
            if (t.isEmpty() || t.matches("-+(\\s+-+)*")) continue;
            String[] f = t.split("\\s+");
            switch (section) {
                case "Design Timing Summary" -> {
                    if (design == null && isNumber(f[0]) && f.length >= 6) design = new double[] {num(f[0]), num(f[1]), num(f[4])};
                }
                case "Clock Summary" -> {
                    // name, waveform {rise fall}, period, frequency
                    if (!f[0].equals("Clock") && f.length >= 5 && isNumber(f[f.length - 2])) periods.put(f[0], num(f[f.length - 2]));
                }
                case "Intra Clock Table" -> {
                    if (!f[0].equals("Clock") && f.length >= 2 && isNumber(f[1])) wns.put(f[0], num(f[1]));
                }
                default -> { }
            }
        }
        if (design == null) throw new IllegalArgumentException("no 'Design Timing Summary' table: not a report_timing_summary file");
        List<Clock> clocks = new ArrayList<>();
        for (Map.Entry<String, Double> e : periods.entrySet()) {
            Double w = wns.get(e.getKey());
            if (w == null) continue;
            clocks.add(new Clock(e.getKey(), e.getValue(), w, Math.round(1000.0 / (e.getValue() - w) * 1000) / 1000.0));
        }
        return new Summary(design[0], design[1], design[2], clocks);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double num(String s) { return Double.parseDouble(s); }
}
