package io.accelforge.sim.bench;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.sim.Port;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.BuildRequest;
import io.accelforge.sim.build.ModelBuilder;
import io.accelforge.sim.build.PortSpec;
import io.accelforge.sim.build.RawTestbench;
import io.accelforge.sim.tb.Testbench;
import io.accelforge.sim.tb.TbOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures, in one process and interleaved round by round (the machine is shared and
 * noisy), a plain C++ Verilator testbench, the Java per-cycle path (poke every input, one
 * native step, peek) and the batched run(n) path on the same models; plus cache-hit load,
 * rebuild after a change, and the testbench's thread switch. Medians are reported.
 */
public final class SimBench {
    public record Row(String design, double rawPerCycleNs, double javaPerCycleNs, double rawBatchedNs, double javaBatchedNs) {
        public double perCycleRatio() { return rawPerCycleNs / javaPerCycleNs; }
        public double batchedRatio() { return rawBatchedNs / javaBatchedNs; }
    }

    public record Result(List<Row> rows, double cacheHitLoadMs, double rebuildSeconds, double switchNs) {}

    private record Case(String label, Supplier<Module> build, List<String> constants, String sink) {}

    private SimBench() {}

    public static Result run(int rounds, Consumer<String> progress) throws IOException, InterruptedException {
        List<Case> cases = List.of(
                new Case("16x16 INT8 MAC array", () -> new MacGrid(new MacGridParams(16, 16, 8, 32)), List.of("en"), "acc_255"),
                new Case("2-register design", () -> new TwoRegisters(0), List.of(), "q"));
        List<Row> rows = new ArrayList<>();
        for (Case c : cases) rows.add(measure(c, rounds, progress));
        progress.accept("bench: cache-hit load, rebuild after a change, thread switch ...");
        return new Result(rows, cacheHitLoadMs(), rebuildSeconds(), switchNs());
    }

    private static Row measure(Case c, int rounds, Consumer<String> progress) throws IOException, InterruptedException {
        Design d = Elaborator.elaborate(c.build());
        BuildRequest req = BuildRequest.of(d);
        List<PortSpec> inputs = new ArrayList<>();
        for (PortSpec p : req.ports()) {
            if (p.input() && !req.clocks().contains(p.name()) && !c.constants().contains(p.name()) && !isReset(d, p.name())) inputs.add(p);
        }
        Path tb = RawTestbench.build(req, inputs, c.constants(), c.sink(), req.clocks().getFirst(), progress);
        try (VerilatorSim sim = VerilatorSim.open(d, SimOptions.defaults())) {
            for (String k : c.constants()) sim.poke(k, 1);
            Port[] in = new Port[inputs.size()];
            for (int k = 0; k < in.length; k++) in[k] = sim.handle(inputs.get(k).name());
            Port out = sim.handle(c.sink());
            // size each measurement to about 0.3 s
            long t0 = System.nanoTime();
            perCycle(sim, in, out, 20_000);
            double est = (System.nanoTime() - t0) / 20_000.0;
            long n = Math.max(20_000, (long) (3e8 / est));
            double[] raw = new double[rounds], java = new double[rounds], rawB = new double[rounds], javaB = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                progress.accept("bench: " + c.label() + " round " + (r + 1) + "/" + rounds + " (" + n + " cycles per path) ...");
                raw[r] = runRaw(tb, n, true);
                long a = System.nanoTime();
                perCycle(sim, in, out, n);
                java[r] = (System.nanoTime() - a) / (double) n;
                rawB[r] = runRaw(tb, n, false);
                long b = System.nanoTime();
                sim.run(n);
                javaB[r] = (System.nanoTime() - b) / (double) n;
            }
            return new Row(c.label() + " (" + d.topName() + ")", median(raw), median(java), median(rawB), median(javaB));
        }
    }

    private static boolean isReset(Design d, String port) {
        return d.clocks().stream().anyMatch(k -> k.reset().equals(port));
    }

    /** The per-cycle Java path: poke every input, one native step, peek one output. */
    static long perCycle(VerilatorSim sim, Port[] in, Port out, long n) {
        long sink = 0;
        int[] widths = new int[in.length];
        boolean[] signed = new boolean[in.length];
        for (int k = 0; k < in.length; k++) {
            widths[k] = in[k].spec().width();
            signed[k] = in[k].spec().signed();
        }
        for (long i = 0; i < n; i++) {
            for (int k = 0; k < in.length; k++) {
                long raw = RawTestbench.pattern(i, k, widths[k]);
                in[k].poke(signed[k] && widths[k] < 64 ? (raw << (64 - widths[k])) >> (64 - widths[k]) : raw);
            }
            sim.step();
            sink += out.peek();
        }
        return sink;
    }

    private static double runRaw(Path tb, long n, boolean perCycle) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tb.toString(), Long.toString(n), perCycle ? "1" : "0").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("raw testbench " + tb + " failed: " + out);
        return Double.parseDouble(out.split(" ")[0]);
    }

    private static double cacheHitLoadMs() {
        Design d = Elaborator.elaborate(() -> new TwoRegisters(0));
        VerilatorSim.open(d).close();   // built (or already cached) before timing
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            VerilatorSim.open(d).close();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return median(ms);
    }

    /** A design no cache holds yet (a fresh reset value), built with the runtime already compiled. */
    private static double rebuildSeconds() {
        long salt = System.nanoTime();
        Design d = Elaborator.elaborate(() -> new TwoRegisters(salt));
        ModelBuilder b = ModelBuilder.create(line -> { });
        return b.build(BuildRequest.of(d)).seconds();
    }

    /** Two threads stepping in turn: each cycle is two handoffs. */
    private static double switchNs() {
        double[] ns = new double[5];
        for (int r = 0; r < ns.length; r++) {
            long[] out = new long[2];
            Testbench.run(new NullSimulator(), TbOptions.of(List.of(), List.of()).withMaxCycles(Long.MAX_VALUE / 2), () -> "bench", tb -> {
                int cycles = 200_000;
                long s0 = tb.switches();
                long t0 = System.nanoTime();
                Testbench.Handle a = tb.fork("ping", t -> {
                    for (int i = 0; i < cycles; i++) t.step();
                });
                for (int i = 0; i < cycles; i++) tb.step();
                tb.join(a);
                out[0] = System.nanoTime() - t0;
                out[1] = tb.switches() - s0;
            });
            ns[r] = out[0] / (double) out[1];
        }
        return median(ns);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
