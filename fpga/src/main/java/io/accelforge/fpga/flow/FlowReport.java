package io.accelforge.fpga.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed result of an open-flow build (written as report.json): what was built for which
 * board, per-clock Fmax against the target with the slack, utilisation per resource, the three
 * worst paths, tool versions, the seed, seconds per stage, and the bitstream (null when timing
 * failed and the build stopped before icepack).
 */
public record FlowReport(String board, String device, String packageName, String top, String design, long seed,
                         double targetMhz, String pll, String multipliers, Timing timing, boolean timingMet, Map<String, Use> utilisation,
                         Map<String, String> tools, Map<String, Double> stageSeconds, BitstreamInfo bitstream) {
    public record Clock(String name, double fmaxMhz, double targetMhz, double slackNs) {}

    public record Path(String from, String to, double delayNs, int segments, String startCell, String endCell) {}

    public record Timing(List<Clock> clocks, List<Path> worstPaths) {}

    public record Use(int used, int available, double percent) {}

    public record BitstreamInfo(String file, long bytes, String sha256) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FlowReport fromJson(String text) {
        try {
            return JSON.readValue(text, FlowReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few lines for people: timing per clock, the main resources, stages, the bitstream. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s on %s (%s-%s), seed %d%s%n", top, board, device, packageName, seed, pll == null ? "" : ", " + pll));
        sb.append("  multipliers in ").append(multipliers).append('\n');
        for (Clock c : timing.clocks()) {
            sb.append(String.format(Locale.ROOT, "  clock %-12s Fmax %7.2f MHz  target %7.2f MHz  slack %+7.3f ns  %s%n", c.name(), c.fmaxMhz(), c.targetMhz(),
                    c.slackNs(), c.fmaxMhz() >= c.targetMhz() ? "met" : "FAILED"));
        }
        for (String r : List.of("ICESTORM_LC", "ICESTORM_RAM", "ICESTORM_DSP", "ICESTORM_SPRAM", "ICESTORM_PLL", "SB_IO")) {
            Use u = utilisation.get(r);
            if (u != null && u.used() > 0) sb.append(String.format(Locale.ROOT, "  %-15s %5d / %5d  (%.1f%%)%n", r, u.used(), u.available(), u.percent()));
        }
        StringBuilder st = new StringBuilder();
        stageSeconds.forEach((k, v) -> st.append(String.format(Locale.ROOT, " %s %.1f s,", k, v)));
        sb.append("  time:").append(st, 0, Math.max(0, st.length() - 1)).append('\n');
        sb.append(bitstream == null ? "  no bitstream written (timing failed)\n"
                : String.format(Locale.ROOT, "  bitstream %s (%d bytes, sha256 %s)%n", bitstream.file(), bitstream.bytes(), bitstream.sha256()));
        return sb.toString();
    }
}
