package io.accelforge.rtl.synth;

import io.accelforge.rtl.util.CacheRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to run the PPA flow.
 *
 * @param targetPeriodNs the clock period to aim for (abc's delay target; timing and power use
 *                       it too), or null: no delay target, timing and power at {@link PpaFlow#DEFAULT_PERIOD_NS}
 * @param liberty        the Liberty file, or null to find it ({@link Liberty#find()})
 * @param cacheRoot      where results are cached, or null for {@link CacheRoot#resolve()}
 * @param toolTimeout    the limit for each tool run
 * @param progress       receives one line per step ("ppa: yosys ...", "ppa: ... done in N s")
 */
public record PpaOptions(Double targetPeriodNs, Path liberty, Path cacheRoot, Duration toolTimeout, Consumer<String> progress) {
    public PpaOptions {
        if (targetPeriodNs != null && !(targetPeriodNs > 0 && Double.isFinite(targetPeriodNs))) {
            throw new IllegalArgumentException("target clock period must be a positive number of ns, got " + targetPeriodNs);
        }
        if (toolTimeout == null || toolTimeout.isNegative() || toolTimeout.isZero()) {
            throw new IllegalArgumentException("tool timeout must be positive, got " + toolTimeout);
        }
        if (progress == null) throw new IllegalArgumentException("progress must not be null; use line -> {} to drop progress lines");
    }

    /** No target period, the liberty and cache found as usual, 10 minutes per tool, progress to standard error. */
    public static PpaOptions defaults() { return new PpaOptions(null, null, null, Duration.ofMinutes(10), System.err::println); }

    public PpaOptions withTargetPeriodNs(double ns) { return new PpaOptions(ns, liberty, cacheRoot, toolTimeout, progress); }

    public PpaOptions withLiberty(Path file) { return new PpaOptions(targetPeriodNs, file, cacheRoot, toolTimeout, progress); }

    public PpaOptions withCacheRoot(Path dir) { return new PpaOptions(targetPeriodNs, liberty, dir, toolTimeout, progress); }

    public PpaOptions withToolTimeout(Duration t) { return new PpaOptions(targetPeriodNs, liberty, cacheRoot, t, progress); }

    public PpaOptions withProgress(Consumer<String> p) { return new PpaOptions(targetPeriodNs, liberty, cacheRoot, toolTimeout, p); }
}
