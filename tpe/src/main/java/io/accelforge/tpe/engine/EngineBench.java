package io.accelforge.tpe.engine;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.EngineCycleModel;
import io.accelforge.tpe.model.EngineCycles;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How fast a GEMM engine simulates in Verilator from Java: one model, the GEMM once untimed
 * (the JIT compiles the driver), then {@code runs} timed; the median wall time is the figure. Every run's C is checked against the golden GEMM and its cycles against the model.
 */
public final class EngineBench {
    /**
     * @param buildSeconds  elaboration plus the Verilator build (or cache hit)
     * @param wallSeconds   median wall time of the timed GEMM
     * @param cycles        the engine's cycles for it (its own counter)
     * @param model         the cycle model's terms (equal to cycles)
     * @param correct       every run's C equal to the golden GEMM
     */
    public record Result(GemmEngineParams params, int m, int k, int n, int runs, double buildSeconds, double wallSeconds, long cycles,
                         EngineCycles model, boolean correct) {
        public double cyclesPerSecond() { return cycles / wallSeconds; }

        public double macsPerSecond() { return (double) m * k * n / wallSeconds; }
    }

    private EngineBench() {}

    public static Result run(GemmEngineParams p, int m, int k, int n, int runs, long seed, Consumer<String> progress) {
        long t0 = System.nanoTime();
        progress.accept("elaborating and building " + p.tag() + " ...");
        Design d = Elaborator.elaborate(() -> new GemmEngine(p));
        Random rnd = new Random(seed);
        long[][] a = random(p, m, k, rnd), b = random(p, k, n, rnd);
        long[][] golden = Gemm.multiply(a, b);
        for (long[] row : golden) for (int j = 0; j < row.length; j++) row[j] = Gemm.wrap(row[j], p.acc(), p.signed());
        try (VerilatorSim sim = VerilatorSim.open(d)) {
            double build = (System.nanoTime() - t0) / 1e9;
            sim.reset(1);
            GemmDriver driver = new GemmDriver(sim, p);
            progress.accept("warm-up GEMM ...");
            driver.multiply(a, b);
            double[] walls = new double[runs];
            long cycles = 0;
            boolean correct = true;
            for (int r = 0; r < runs; r++) {
                progress.accept("GEMM " + m + "x" + k + "x" + n + ", run " + (r + 1) + " of " + runs + " ...");
                long s = System.nanoTime();
                GemmDriver.Result res = driver.multiply(a, b);
                walls[r] = (System.nanoTime() - s) / 1e9;
                cycles = res.cycles();
                correct &= Arrays.deepEquals(golden, res.c());
            }
            Arrays.sort(walls);
            return new Result(p, m, k, n, runs, build, walls[runs / 2], cycles, EngineCycleModel.gemm(p, a, b), correct);
        }
    }

    private static long[][] random(GemmEngineParams p, int rows, int cols, Random rnd) {
        Precision pr = p.precision();
        long lo = pr.min(p.signed()), span = pr.max(p.signed()) - lo + 1;
        long[][] x = new long[rows][cols];
        for (long[] row : x) for (int j = 0; j < cols; j++) row[j] = lo + (long) (rnd.nextDouble() * span);
        return x;
    }
}
