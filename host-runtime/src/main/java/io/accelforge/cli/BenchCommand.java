package io.accelforge.cli;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.ElaborationStats;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.util.NearestNames;
import io.accelforge.sim.bench.SimBench;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.engine.EngineBench;
import io.accelforge.tpe.engine.GemmEngineParams;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge bench: measurements of the toolkit itself. */
final class BenchCommand implements Command {
    private static final List<String> BENCHES = List.of("elaborate", "sim", "tpe");
    private static final long TARGET_MS = 5_000;
    private static final long TARGET_HEAP_MIB = 1_024;
    private static final double TARGET_TPE_CYCLES_PER_SECOND = 250_000;

    @Override public String name() { return "bench"; }
    @Override public String summary() { return "benchmarks: 'bench elaborate' (HCL speed), 'bench sim' (Verilator from Java vs raw C++), 'bench tpe' (GEMM engine in Verilator)"; }
    @Override public String usage() { return "forge bench elaborate [--rows N] [--cols N] [--repeat N] | forge bench sim [--rounds N] | forge bench tpe [--size N] [--repeat N]"; }
    @Override public String description() {
        return "elaborate: builds a rows x cols grid of 8-bit MAC cells (default 64 x 64 = 4,096 cells), and prints nodes, "
                + "the time of construction, naming + checks and Verilog emission, nodes per second and the peak heap "
                + "used, against the targets (< 5 s, < 1 GiB). --repeat runs it again in the same JVM (warm numbers). "
                + "sim: runs a plain C++ Verilator testbench, the Java per-cycle path and the batched run(n) path side by side on "
                + "a 16x16 INT8 MAC array and a 2-register design (medians of --rounds, default 5), then cache-hit load, rebuild "
                + "after a change and the testbench thread switch, each against its target. "
                + "tpe: a --size^3 GEMM (default 256) of random INT8 operands on the 16x16 output-stationary engine (plain PEs) in Verilator, "
                + "after one untimed run on the same model (JIT warm-up): median wall time of --repeat runs (default 3), the engine's simulated cycles "
                + "per second (target >= 250,000) and MACs per second, C checked against the golden GEMM and the cycles against the "
                + "cycle model; then the elaboration and emission time of a 64x64 INT8 output-stationary array.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("rows").hasArg().argName("N").desc("grid rows (default 64)").get());
        o.addOption(Option.builder().longOpt("cols").hasArg().argName("N").desc("grid columns (default 64)").get());
        o.addOption(Option.builder().longOpt("repeat").hasArg().argName("N").desc("runs in this JVM (default 1; tpe: timed runs, default 3)").get());
        o.addOption(Option.builder().longOpt("size").hasArg().argName("N").desc("tpe: M = K = N of the GEMM (default 256)").get());
        o.addOption(Option.builder().longOpt("rounds").hasArg().argName("N").desc("sim: interleaved rounds per path (default 5)").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        List<String> args = cl.getArgList();
        if (args.size() != 1 || !BENCHES.contains(args.getFirst())) {
            String got = args.isEmpty() ? "nothing" : "'" + String.join(" ", args) + "'";
            throw new UsageException("expected a benchmark name (" + String.join(", ", BENCHES) + "), got " + got
                    + (args.isEmpty() ? "" : NearestNames.suggestion(args.getFirst(), BENCHES)));
        }
        if (args.getFirst().equals("sim")) return sim(intOption(cl, "rounds", 5), io);
        if (args.getFirst().equals("tpe")) return tpe(intOption(cl, "size", 256), intOption(cl, "repeat", 3), io);
        int rows = intOption(cl, "rows", 64);
        int cols = intOption(cl, "cols", 64);
        int repeat = intOption(cl, "repeat", 1);
        MacGridParams p = new MacGridParams(rows, cols, 8, 32);
        io.out().printf("bench elaborate: %d x %d grid of MAC cells (8-bit operands, 32-bit accumulators), %d run(s)%n", rows, cols, repeat);
        boolean met = true;
        for (int i = 1; i <= repeat; i++) {
            System.gc();
            HeapSampler heap = HeapSampler.start();
            io.progress("  run " + i + ": elaborating ...");
            Design d = Elaborator.elaborate(() -> new MacGrid(p));
            long peakMiB = heap.stop() >> 20;
            ElaborationStats s = d.stats();
            long totalMs = s.totalNanos() / 1_000_000;
            boolean ok = totalMs < TARGET_MS && peakMiB < TARGET_HEAP_MIB;
            met &= ok;
            io.out().printf("  run %d: %,d instances, %d distinct modules, %,d nodes, %,d bytes of Verilog%n", i, s.moduleInstances(),
                    s.distinctModules(), s.nodes(), d.verilog().values().stream().mapToLong(String::length).sum());
            io.out().printf("    construction     %,7d ms%n", s.constructNanos() / 1_000_000);
            io.out().printf("    naming + checks  %,7d ms%n", s.checkNanos() / 1_000_000);
            io.out().printf("    emission         %,7d ms%n", s.emitNanos() / 1_000_000);
            io.out().printf("    total            %,7d ms   (target < %,d ms: %s)%n", totalMs, TARGET_MS, totalMs < TARGET_MS ? "met" : "MISSED");
            io.out().printf("    nodes per second %,7d%n", s.nodes() * 1_000_000_000L / Math.max(1, s.totalNanos()));
            io.out().printf("    peak heap used   %,7d MiB (target < %,d MiB: %s; max heap %,d MiB)%n", peakMiB, TARGET_HEAP_MIB,
                    peakMiB < TARGET_HEAP_MIB ? "met" : "MISSED", Runtime.getRuntime().maxMemory() >> 20);
        }
        return met ? Exit.OK : Exit.FAILED;
    }

    private static int sim(int rounds, Console io) throws Exception {
        SimBench.Result r = SimBench.run(rounds, io::progress);
        io.out().println("bench sim: medians of " + rounds + " interleaved rounds on this machine (" + Runtime.getRuntime().availableProcessors() + " cores)");
        io.out().printf("  %-58s %12s %12s %8s %12s %12s %8s%n", "design", "raw C++", "Java step", "ratio", "raw batch", "Java run(n)", "ratio");
        boolean met = true;
        for (SimBench.Row row : r.rows()) {
            double target = row.design().startsWith("2-register") ? 0.8 : 0.95;
            boolean ok = row.perCycleRatio() >= target && row.batchedRatio() >= 0.98;
            met &= ok;
            io.out().printf("  %-58s %9.1f ns %9.1f ns %7.2fx %9.1f ns %9.1f ns %7.2fx  (targets %.2fx / 0.98x: %s)%n", row.design(),
                    row.rawPerCycleNs(), row.javaPerCycleNs(), row.perCycleRatio(), row.rawBatchedNs(), row.javaBatchedNs(),
                    row.batchedRatio(), target, ok ? "met" : "MISSED");
        }
        boolean load = r.cacheHitLoadMs() <= 50, rebuild = r.rebuildSeconds() <= 2.0, sw = r.switchNs() <= 500;
        met &= load && rebuild && sw;
        io.out().printf("  cache-hit model load          %8.1f ms  (target <= 50 ms: %s)%n", r.cacheHitLoadMs(), load ? "met" : "MISSED");
        io.out().printf("  rebuild of a changed design   %8.2f s   (target <= 2 s with the runtime cached: %s)%n", r.rebuildSeconds(), rebuild ? "met" : "MISSED");
        io.out().printf("  testbench thread switch       %8.3f us  (target <= 0.5 us: %s)%n", r.switchNs() / 1000, sw ? "met" : "MISSED");
        return met ? Exit.OK : Exit.FAILED;
    }

    private static int tpe(int size, int repeat, Console io) {
        GemmEngineParams p = GemmEngineParams.of(Architecture.SYSTOLIC_OS, 16, 16, Precision.INT8, true, PeKind.PLAIN);
        EngineBench.Result r = EngineBench.run(p, size, size, size, repeat, 1, io::progress);
        boolean fast = r.cyclesPerSecond() >= TARGET_TPE_CYCLES_PER_SECOND;
        boolean exact = r.correct() && r.cycles() == r.model().total();
        io.out().printf(Locale.ROOT, "bench tpe: %dx%dx%d INT8 GEMM on the %s engine in Verilator (%d cores)%n", size, size, size, p.tag(),
                Runtime.getRuntime().availableProcessors());
        io.out().printf(Locale.ROOT, "  build (elaborate + Verilator or cache)  %8.2f s%n", r.buildSeconds());
        io.out().printf(Locale.ROOT, "  wall time (median of %d runs)            %8.3f s%n", r.runs(), r.wallSeconds());
        io.out().printf(Locale.ROOT, "  simulated cycles                        %,10d  (model: %s)%n", r.cycles(), r.model());
        io.out().printf(Locale.ROOT, "  simulated cycles per second             %,10.0f  (target >= %,.0f: %s)%n", r.cyclesPerSecond(),
                TARGET_TPE_CYCLES_PER_SECOND, fast ? "met" : "MISSED");
        io.out().printf(Locale.ROOT, "  MACs per second                         %,10.0f%n", r.macsPerSecond());
        io.out().printf(Locale.ROOT, "  C equal to the golden GEMM, cycles equal to the model: %s%n", exact ? "yes" : "NO");
        OsArrayParams array = new OsArrayParams(64, 64);
        io.progress("elaborating a 64x64 array ...");
        ElaborationStats s = Elaborator.elaborate(() -> new OsArray(array)).stats();
        io.out().printf(Locale.ROOT, "  64x64 INT8 output-stationary array: %,d nodes; construction %,d ms, naming + checks %,d ms, emission %,d ms, "
                + "elaboration plus emission %,d ms%n", s.nodes(), s.constructNanos() / 1_000_000, s.checkNanos() / 1_000_000,
                s.emitNanos() / 1_000_000, s.totalNanos() / 1_000_000);
        return fast && exact ? Exit.OK : Exit.FAILED;
    }

    private static int intOption(CommandLine cl, String name, int dflt) throws UsageException {
        String v = cl.getOptionValue(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) throw new UsageException("--" + name + " must be >= 1, got " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " '" + v + "' is not a whole number");
        }
    }

    /** Samples used heap every millisecond on a daemon thread; the maximum is the peak. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler h = new HeapSampler();
            h.thread = Thread.ofPlatform().daemon().start(() -> {
                Runtime rt = Runtime.getRuntime();
                while (h.running) {
                    h.peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return h;
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime rt = Runtime.getRuntime();
            return Math.max(peak.get(), rt.totalMemory() - rt.freeMemory());
        }
    }
}
