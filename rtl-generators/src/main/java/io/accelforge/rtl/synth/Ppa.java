package io.accelforge.rtl.synth;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.util.CacheRoot;
import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Area, timing and power of any emitted design through one flow: Yosys maps it onto the
 * liberty's cells, OpenSTA times it and estimates its power. Results are cached by
 * everything they depend on, so asking again costs a file read.
 *
 * <pre>{@code
 * PpaReport r = Ppa.run(Elaborator.elaborate(() -> new MacCell(new MacCellParams(8, 32))), PpaOptions.defaults());
 * System.out.println(r.summary());
 * }</pre>
 */
public final class Ppa {
    private Ppa() {}

    public static PpaReport run(Design design, PpaOptions options) { return run(DesignSources.of(design), options); }

    /** A directory written by {@link io.accelforge.rtl.elab.DesignWriter} (it holds manifest.json). */
    public static PpaReport run(Path designDir, PpaOptions options) { return run(DesignSources.read(designDir), options); }

    static PpaReport run(DesignSources src, PpaOptions o) {
        long t0 = System.nanoTime();
        Liberty lib = o.liberty() == null ? Liberty.find() : Liberty.named(o.liberty(), "PpaOptions.liberty");
        String yosysVersion = ExternalTool.YOSYS.version(), staVersion = ExternalTool.STA.version();
        String scriptHash = PpaFlow.scriptHash();
        String key = new Sha256().add("accelforge-ppa").add(Integer.toString(PpaReport.FORMAT)).add(scriptHash).add(src.top()).add(src.contentHash()).add(String.join(",", src.clocks()))
                .add(lib.sha256()).add(o.targetPeriodNs() == null ? "no target" : Double.toString(o.targetPeriodNs()))
                .add(yosysVersion).add(staVersion).hex();
        PpaCache cache = new PpaCache(o.cacheRoot() == null ? CacheRoot.resolve() : o.cacheRoot());
        try {
            PpaReport r = cache.getOrMeasure(key, work -> measure(src, lib, o, key, scriptHash, yosysVersion, staVersion, work));
            double secs = (System.nanoTime() - t0) / 1e9;
            o.progress().accept(r.fromCache()
                    ? String.format(Locale.ROOT, "ppa: %s from cache in %.3f s (%s)", src.top(), secs, cache.entry(key))
                    : String.format(Locale.ROOT, "ppa: done in %.1f s: %s", secs, r.summary()));
            return r;
        } catch (IOException e) {
            throw new PpaException("cannot measure " + src.top() + ": " + e.getMessage());
        }
    }

    private static PpaReport measure(DesignSources src, Liberty lib, PpaOptions o, String key, String scriptHash,
                                     String yosysVersion, String staVersion, Path work) throws IOException {
        src.writeTo(work.resolve("src"));
        o.progress().accept("ppa: yosys " + src.top() + " (" + src.hdlFiles().size() + " files, " + lib.fileName() + ") ...");
        Synthesis syn = YosysFlow.run(src, lib, o.targetPeriodNs(), work, o.toolTimeout());
        double period = o.targetPeriodNs() == null ? PpaFlow.DEFAULT_PERIOD_NS : o.targetPeriodNs();
        o.progress().accept("ppa: sta " + src.top() + " (" + syn.cells() + " cells, period " + StaFlow.number(period) + " ns) ...");
        Timing t = StaFlow.run(src, lib, period, work, o.toolTimeout());
        TimingPath w = t.worstPath();
        Double critical = w == null ? null : round(period - w.slackNs(), 1e4);
        Double fmax = critical == null || critical <= 0 ? null : round(1000 / critical, 1e3);
        StaReports.PowerTable p = t.power();
        Power power = new Power(p.totalW(), p.internalW(), p.switchingW(), p.leakageW(), p.sequentialW(), p.combinationalW(),
                PpaFlow.ACTIVITY, PpaFlow.DUTY, round(1000 / period, 1e3));
        return new PpaReport(PpaReport.FORMAT, src.top(), src.contentHash(), key, o.targetPeriodNs(), period, syn.cellAreaUm2(), syn.cells(),
                syn.genericCells(), syn.flipFlops(), syn.transistors(), syn.transistorsLowerBound(), syn.logicDepth(), w, critical, fmax, power,
                yosysVersion, staVersion, lib.fileName(), lib.sha256(), scriptHash, round(syn.seconds(), 1e3), round(t.seconds(), 1e3), false);
    }

    private static double round(double x, double scale) { return Math.round(x * scale) / scale; }
}
