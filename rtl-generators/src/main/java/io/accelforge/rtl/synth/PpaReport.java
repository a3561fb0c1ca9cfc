package io.accelforge.rtl.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Area, timing and power of one design through the one PPA flow (Yosys + OpenSTA + one
 * Liberty file). Nullable fields are null when nothing was timed (a design without a path
 * from an input or register to an output or register).
 *
 * @param format           version of this record's layout
 * @param top              the design's top module
 * @param contentHash      SHA-256 over the design's files (the manifest's contentHash)
 * @param cacheKey         SHA-256 of everything the numbers depend on (design, scripts, liberty, period, tools)
 * @param targetPeriodNs   the requested clock period (abc's delay target), or null for none
 * @param staPeriodNs      the period timing and power used: the target, else {@link PpaFlow#DEFAULT_PERIOD_NS}
 * @param cellAreaUm2      total area of the mapped cells (Yosys stat -liberty)
 * @param cells            mapped cell count
 * @param genericCells     cell count after generic synthesis, before mapping
 * @param flipFlops        flip-flops and latches among the generic cells
 * @param transistors      Yosys's CMOS transistor estimate of the generic netlist (stat -tech cmos)
 * @param transistorsLowerBound true when Yosys's table lacks some cells (flip-flops with reset
 *                         or enable), which it leaves out of the count
 * @param logicDepth       generic gates on the longest path between flip-flops and ports (ltp -noff)
 * @param worstPath        the path with the least slack, or null
 * @param criticalPathNs   the shortest clock period the worst path allows (period - slack: arrival plus setup), or null
 * @param fmaxMhz          1000 / criticalPathNs, or null
 * @param power            power at the stated activity and the STA period
 * @param yosysSeconds     how long Yosys ran
 * @param staSeconds       how long OpenSTA ran
 * @param fromCache        true when this report was read from the cache rather than measured now
 */
public record PpaReport(int format, String top, String contentHash, String cacheKey, Double targetPeriodNs, double staPeriodNs,
                        double cellAreaUm2, int cells, int genericCells, int flipFlops, long transistors, boolean transistorsLowerBound,
                        int logicDepth, TimingPath worstPath, Double criticalPathNs, Double fmaxMhz, Power power,
                        String yosysVersion, String staVersion, String liberty, String libertyHash, String scriptHash,
                        double yosysSeconds, double staSeconds, boolean fromCache) {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PpaReport withFromCache(boolean cached) {
        return new PpaReport(format, top, contentHash, cacheKey, targetPeriodNs, staPeriodNs, cellAreaUm2, cells, genericCells, flipFlops,
                transistors, transistorsLowerBound, logicDepth, worstPath, criticalPathNs, fmaxMhz, power, yosysVersion, staVersion,
                liberty, libertyHash, scriptHash, yosysSeconds, staSeconds, cached);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses what {@link #toJson} wrote; fails with Jackson's description of what is wrong. */
    public static PpaReport fromJson(String json) throws IOException { return JSON.readValue(json, PpaReport.class); }

    /** One line for people: area, speed, depth, transistors, power. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %.1f um2, %d cells, %s, depth %d, %s%d transistors, %.3g mW at %.0f MHz",
                top, cellAreaUm2, cells, fmaxMhz == null ? "no timed path" : String.format(Locale.ROOT, "%.1f MHz (%.3f ns)", fmaxMhz, criticalPathNs),
                logicDepth, transistorsLowerBound ? ">=" : "", transistors, power.totalW() * 1e3, power.clockMhz());
    }
}
