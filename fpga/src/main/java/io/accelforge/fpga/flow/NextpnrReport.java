package io.accelforge.fpga.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * nextpnr-ice40's {@code --report} JSON: per-clock achieved and constrained frequency (keyed by
 * net names such as {@code clk$SB_IO_IN_$glb_clk}: the clock is the part before the first
 * '$'), utilisation per BEL type, and one critical path per clock pair.
 */
public final class NextpnrReport {
    private NextpnrReport() {}

    public static FlowReport.Timing timing(JsonNode r) {
        List<FlowReport.Clock> clocks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.path("fmax").properties()) {
            double fmax = e.getValue().path("achieved").asDouble();
            double target = e.getValue().path("constraint").asDouble();
            clocks.add(new FlowReport.Clock(cleanClock(e.getKey()), round(fmax), round(target), round(1000 / target - 1000 / fmax)));
        }
        List<FlowReport.Path> paths = new ArrayList<>();
        for (JsonNode p : r.path("critical_paths")) {
            double total = 0;
            JsonNode segs = p.path("path");
            for (JsonNode s : segs) total += s.path("delay").asDouble();
            String start = segs.isEmpty() ? "" : segs.get(0).path("from").path("cell").asText();
            String end = segs.isEmpty() ? "" : segs.get(segs.size() - 1).path("to").path("cell").asText();
            paths.add(new FlowReport.Path(cleanEdge(p.path("from").asText()), cleanEdge(p.path("to").asText()), round(total), segs.size(), start, end));
        }
        paths.sort(Comparator.comparingDouble(FlowReport.Path::delayNs).reversed());
        return new FlowReport.Timing(clocks, List.copyOf(paths.subList(0, Math.min(3, paths.size()))));
    }

    public static Map<String, FlowReport.Use> utilisation(JsonNode r) {
        Map<String, FlowReport.Use> out = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("utilization").properties()) {
            int used = e.getValue().path("used").asInt(), avail = e.getValue().path("available").asInt();
            out.put(e.getKey(), new FlowReport.Use(used, avail, avail == 0 ? 0 : round(100.0 * used / avail)));
        }
        return out;
    }

    public static JsonNode read(Path file) throws IOException { return new ObjectMapper().readTree(file.toFile()); }

    /** "clk$SB_IO_IN_$glb_clk" -> "clk". */
    static String cleanClock(String net) {
        int i = net.indexOf('$');
        return i > 0 ? net.substring(0, i) : net;
    }

    /** "posedge clk$SB_IO_IN_$glb_clk" -> "posedge clk"; "<async>" stays. */
    static String cleanEdge(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? cleanClock(s) : s.substring(0, sp + 1) + cleanClock(s.substring(sp + 1));
    }

    static double round(double x) { return Math.round(x * 1000) / 1000.0; }
}
