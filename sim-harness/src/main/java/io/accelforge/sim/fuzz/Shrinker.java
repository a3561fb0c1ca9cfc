package io.accelforge.sim.fuzz;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.fuzz.Circuit;
import io.accelforge.rtl.fuzz.FuzzTop;
import io.accelforge.rtl.fuzz.Reductions;
import io.accelforge.rtl.fuzz.Rewrite;
import io.accelforge.rtl.fuzz.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes a failing circuit small while it keeps failing the same way. Each round takes the
 * one-step {@link Reductions} of the current circuit that still elaborate, smallest first,
 * and runs them packed together (one Verilator build for many candidates) with the same
 * stimulus, for only as many cycles as the current failure needs; the smallest that fails
 * becomes the current circuit. It stops when no reduction fails any more.
 */
public final class Shrinker {
    /** The smallest failing case found, its failure, and what it took. */
    public record Result(FuzzCase fuzzCase, Outcome outcome, int cycles, int fromSize, int rounds, int tried, double seconds) {}

    private static final int MAX_ROUNDS = 200;
    private static final int FIRST_CHUNK = 12;
    private static final int MAX_CHUNK = 96;

    private final BatchRunner runner;
    private final Consumer<String> progress;

    /** @param runner runs candidates with the failure's stimulus (its reset seed, builder and reference) */
    public Shrinker(BatchRunner runner, Consumer<String> progress) {
        this.runner = runner;
        this.progress = progress;
    }

    public Result shrink(FuzzCase failing, Outcome failure) {
        long t0 = System.nanoTime();
        String base = failing.circuit().name() + "_r";
        FuzzCase current = failing;
        Outcome outcome = failure;
        int cycles = cyclesFor(failure, runner.cycles());
        int fromSize = failing.circuit().size();
        int tried = 0;
        int round = 0;
        for (; round < MAX_ROUNDS; round++) {
            List<Circuit> candidates = Reductions.of(current.circuit(), Types.of(current.circuit()));
            boolean accepted = false;
            int next = 0;
            // small chunks first: the smallest candidates are the likeliest to be accepted, and a small build is quick
            for (int chunk = FIRST_CHUNK; next < candidates.size() && !accepted; chunk = Math.min(MAX_CHUNK, chunk * 2)) {
                List<FuzzCase> batch = new ArrayList<>();
                while (next < candidates.size() && batch.size() < chunk) {
                    Circuit cand = candidates.get(next++);
                    if (!elaborates(cand)) continue;
                    batch.add(current.withCircuit(Rewrite.renamed(cand, base + round + "_" + next)));
                }
                if (batch.isEmpty()) break;
                List<Outcome> outcomes = runner.withCycles(cycles).run("shrink_" + base + round + "_" + next, batch);
                tried += batch.size();
                for (int j = 0; j < outcomes.size(); j++) {
                    if (!outcomes.get(j).sameKind(failure)) continue;
                    current = batch.get(j);
                    outcome = outcomes.get(j);
                    cycles = cyclesFor(outcome, cycles);
                    accepted = true;
                    progress.accept(String.format("shrink round %d: size %d, %d cycles (%d candidates tried, %.0f s)", round + 1,
                            current.circuit().size(), cycles, tried, (System.nanoTime() - t0) / 1e9));
                    break;
                }
            }
            if (!accepted) break;
        }
        return new Result(current, outcome, cycles, fromSize, round, tried, (System.nanoTime() - t0) / 1e9);
    }

    private static int cyclesFor(Outcome o, int otherwise) { return o instanceof Outcome.Mismatch m ? m.cycle() + 1 : otherwise; }

    /** Whether a candidate still passes the elaboration checks (a reduction can leave a wire undriven on some path). */
    private static boolean elaborates(Circuit c) {
        try {
            Elaborator.elaborate(() -> new FuzzTop("check", List.of(c)));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
