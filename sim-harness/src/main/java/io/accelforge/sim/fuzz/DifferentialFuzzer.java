package io.accelforge.sim.fuzz;

import io.accelforge.rtl.fuzz.CircuitGenerator;
import io.accelforge.sim.build.ModelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates circuits from a seed and runs them in batches through {@link BatchRunner}:
 * circuit i of seed S is the same on every machine and in every batch size, so a failure
 * is replayed from (S, i) alone.
 */
public final class DifferentialFuzzer {
    /** How many circuits from which seed, cycles per circuit, circuits per Verilator build. */
    public record Settings(int circuits, long seed, int cycles, int batch) {
        public Settings {
            if (circuits < 1) throw new IllegalArgumentException("circuits must be >= 1, got " + circuits);
            if (cycles < 1) throw new IllegalArgumentException("cycles must be >= 1, got " + cycles);
            if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }

        public int batches() { return (circuits + batch - 1) / batch; }
    }

    /** A circuit that failed, by its index under the seed. */
    public record Failure(int index, FuzzCase fuzzCase, Outcome outcome, long resetSeed) {}

    /** After each batch: how far, and where the time went. */
    public record Progress(int batch, int batches, int done, int failures, double buildSeconds, double runSeconds, double seconds) {}

    public record Summary(int circuits, long cycles, List<Failure> failures, double seconds, double buildSeconds, double runSeconds) {
        public double circuitsPerSecond() { return seconds == 0 ? 0 : circuits / seconds; }
    }

    private final ModelBuilder builder;

    public DifferentialFuzzer(ModelBuilder builder) { this.builder = builder; }

    /** Circuit {@code index} of {@code seed}, with its stimulus seed. */
    public static FuzzCase caseOf(long seed, int index) {
        long circuitSeed = mix(seed, index);
        return new FuzzCase(CircuitGenerator.generate(circuitSeed, name(seed, index)), mix(circuitSeed, 1));
    }

    /** The module name of circuit {@code index} of {@code seed}: f&lt;seed&gt;_&lt;index&gt;. */
    public static String name(long seed, int index) { return "f" + Long.toUnsignedString(seed) + "_" + index; }

    /** The reset schedule seed of batch {@code batch}. */
    public static long resetSeed(long seed, int batch) { return mix(seed, -1L - batch); }

    public Summary run(Settings s, Consumer<Progress> progress) {
        long t0 = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        double build = 0;
        double runTime = 0;
        for (int b = 0; b < s.batches(); b++) {
            int from = b * s.batch();
            int to = Math.min(s.circuits(), from + s.batch());
            List<FuzzCase> cases = new ArrayList<>();
            for (int i = from; i < to; i++) cases.add(caseOf(s.seed(), i));
            long rs = resetSeed(s.seed(), b);
            BatchRunner runner = new BatchRunner(s.cycles(), rs, builder);
            List<Outcome> outcomes = runner.run("fuzz_" + Long.toUnsignedString(s.seed()) + "_b" + b, cases);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).failed()) failures.add(new Failure(from + i, cases.get(i), outcomes.get(i), rs));
            }
            build += runner.buildSeconds();
            runTime += runner.runSeconds();
            progress.accept(new Progress(b + 1, s.batches(), to, failures.size(), build, runTime, (System.nanoTime() - t0) / 1e9));
        }
        return new Summary(s.circuits(), (long) s.circuits() * s.cycles(), failures, (System.nanoTime() - t0) / 1e9, build, runTime);
    }

    /** SplitMix64 of a and b: independent streams from related seeds. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
