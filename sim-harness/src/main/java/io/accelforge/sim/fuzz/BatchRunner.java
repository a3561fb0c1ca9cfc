package io.accelforge.sim.fuzz;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.fuzz.Circuit;
import io.accelforge.rtl.fuzz.FuzzTop;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.Simulator;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.ModelBuilder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs many circuits packed into one {@link FuzzTop}: one Verilator build for all of them,
 * the interpreter and the Verilator model driven in lock step with the same inputs and
 * resets, every output compared every cycle (after the inputs are applied, before the clock
 * edge). A circuit that cannot be elaborated, interpreted or built is isolated and reported
 * as a {@link Outcome.Crash}; the others still run.
 */
public final class BatchRunner {
    private final int cycles;
    private final long resetSeed;
    private final ModelBuilder builder;
    private final Reference reference;
    private double buildSeconds;
    private double runSeconds;

    /** Opens the simulator Verilator is compared with, for the design packing {@code circuits} under the top name {@code name}. */
    @FunctionalInterface
    public interface Reference {
        Simulator open(Design packed, String name, List<Circuit> circuits);
    }

    /** The interpreter, on the same design. */
    public static final Reference INTERPRETER = (d, name, circuits) -> new Interpreter(d);

    /**
     * @param reference the simulator Verilator is compared with: {@link #INTERPRETER}, or (in
     *                  tests of the fuzzer itself) a deliberately wrong one
     */
    public BatchRunner(int cycles, long resetSeed, ModelBuilder builder, Reference reference) {
        this.cycles = cycles;
        this.resetSeed = resetSeed;
        this.builder = builder;
        this.reference = reference;
    }

    public BatchRunner(int cycles, long resetSeed, ModelBuilder builder) { this(cycles, resetSeed, builder, INTERPRETER); }

    public int cycles() { return cycles; }

    public long resetSeed() { return resetSeed; }

    /** A runner with the same stimulus that runs {@code n} cycles. */
    public BatchRunner withCycles(int n) { return new BatchRunner(n, resetSeed, builder, reference); }

    /** Seconds spent building Verilator models, and running both simulators, so far. */
    public double buildSeconds() { return buildSeconds; }

    public double runSeconds() { return runSeconds; }

    /** One outcome per case, in order. {@code name} names the top module (and the model in the cache). */
    public List<Outcome> run(String name, List<FuzzCase> cases) {
        Outcome[] out = new Outcome[cases.size()];
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) all.add(i);
        group(name, cases, all, out);
        return List.of(out);
    }

    private void group(String name, List<FuzzCase> cases, List<Integer> which, Outcome[] out) {
        if (which.isEmpty()) return;
        List<Circuit> circuits = which.stream().map(i -> cases.get(i).circuit()).toList();
        Design d;
        try {
            d = Elaborator.elaborate(() -> new FuzzTop(name, circuits));
        } catch (RuntimeException e) {
            isolate(name, cases, which, out, "elaboration", i -> {
                Elaborator.elaborate(() -> new FuzzTop(name + "_e", List.of(cases.get(i).circuit())));
                return null;
            }, e);
            return;
        }
        Simulator ref;
        try {
            ref = reference.open(d, name, circuits);
        } catch (RuntimeException e) {
            isolate(name, cases, which, out, "interpreter", i -> referenceAlone(name, cases.get(i)), e);
            return;
        }
        long t0 = System.nanoTime();
        VerilatorSim v;
        try {
            v = VerilatorSim.open(io.accelforge.sim.build.BuildRequest.of(d), SimOptions.defaults().withResets(List.of()), builder);
        } catch (RuntimeException e) {
            buildSeconds += (System.nanoTime() - t0) / 1e9;
            ref.close();
            if (which.size() == 1) {
                out[which.getFirst()] = new Outcome.Crash("verilator", firstLines(e.getMessage()));
                return;
            }
            int half = which.size() / 2;
            group(name + "a", cases, which.subList(0, half), out);
            group(name + "b", cases, which.subList(half, which.size()), out);
            return;
        }
        buildSeconds += (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        try (Simulator r = ref; VerilatorSim vs = v) {
            lockStep(d, r, new Model(vs), cases, which, out);
        } catch (ModelFailure e) {
            runSeconds += (System.nanoTime() - t1) / 1e9;
            if (which.size() == 1) {
                out[which.getFirst()] = new Outcome.Crash("verilator", firstLines(stackOf(e.getCause())));
                return;
            }
            int half = which.size() / 2;
            group(name + "a", cases, which.subList(0, half), out);
            group(name + "b", cases, which.subList(half, which.size()), out);
            return;
        } catch (RuntimeException e) {
            runSeconds += (System.nanoTime() - t1) / 1e9;
            isolate(name, cases, which, out, "interpreter", i -> referenceAlone(name, cases.get(i)), e);
            return;
        }
        runSeconds += (System.nanoTime() - t1) / 1e9;
    }

    /**
     * Finds the cases whose stage fails alone ({@code alone} throws for them), reports them,
     * and runs the rest again as a group.
     */
    private void isolate(String name, List<FuzzCase> cases, List<Integer> which, Outcome[] out, String stage, Function<Integer, Void> alone,
                         RuntimeException together) {
        List<Integer> rest = new ArrayList<>();
        for (int i : which) {
            try {
                alone.apply(i);
                rest.add(i);
            } catch (RuntimeException e) {
                out[i] = new Outcome.Crash(stage, firstLines(e.toString()));
            }
        }
        if (rest.size() == which.size()) {
            // no case fails alone: the group as a whole is the trouble; report it on each case
            for (int i : which) out[i] = new Outcome.Crash(stage, "fails only together with other circuits: " + firstLines(stackOf(together)));
            return;
        }
        group(name + "r", cases, rest, out);
    }

    /** Runs the reference simulator alone on one case for all cycles; throws what it throws. */
    private Void referenceAlone(String name, FuzzCase c) {
        Design d = Elaborator.elaborate(() -> new FuzzTop(name + "_i", List.of(c.circuit())));
        try (Simulator r = reference.open(d, name + "_i", List.of(c.circuit()))) {
            Ports p = new Ports(d, 0, c);
            ResetSchedule resets = new ResetSchedule(resetSeed);
            for (int cycle = 0; cycle < cycles; cycle++) {
                boolean[] rs = resets.next(cycle);
                r.poke("rst", rs[0] ? 1 : 0);
                if (p.hasAsyncReset) r.poke("arst", rs[1] ? 1 : 0);
                for (int k = 0; k < p.inputs.size(); k++) r.poke(p.inputs.get(k), p.streams.get(k).next());
                for (String o : p.outputs) r.peekBig(o);
                r.step();
            }
        }
        return null;
    }

    /** The top-level port names of the circuit at position {@code k}, and its input streams. */
    private static final class Ports {
        final List<String> inputs = new ArrayList<>();
        final List<InputValues> streams = new ArrayList<>();
        final List<String> outputs = new ArrayList<>();
        final List<String> outputIds = new ArrayList<>();
        final List<Integer> outputWidths = new ArrayList<>();
        final boolean hasAsyncReset;

        Ports(Design d, int k, FuzzCase c) {
            for (Circuit.Port p : c.circuit().inputs()) {
                inputs.add(FuzzTop.inputName(k, p.id()));
                streams.add(new InputValues(c.stimulusSeed(), p.id(), p.type()));
            }
            for (Circuit.Port p : c.circuit().outputs()) {
                outputs.add(FuzzTop.outputName(k, p.id()));
                outputIds.add("o" + p.id());
                outputWidths.add(p.type().width());
            }
            hasAsyncReset = d.ports().stream().anyMatch(s -> s.name().equals("arst"));
        }
    }

    /** A failure of the Verilator model (not of the reference) while running. */
    private static final class ModelFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelFailure(RuntimeException cause) { super(cause); }
    }

    /** The Verilator model, its failures told apart from the reference's. */
    private record Model(VerilatorSim sim) {
        void poke(String port, long x) { try { sim.poke(port, x); } catch (RuntimeException e) { throw new ModelFailure(e); } }
        void poke(String port, BigInteger x) { try { sim.poke(port, x); } catch (RuntimeException e) { throw new ModelFailure(e); } }
        long peek(String port) { try { return sim.peek(port); } catch (RuntimeException e) { throw new ModelFailure(e); } }
        BigInteger peekBig(String port) { try { return sim.peekBig(port); } catch (RuntimeException e) { throw new ModelFailure(e); } }
        void step() { try { sim.step(); } catch (RuntimeException e) { throw new ModelFailure(e); } }
    }

    private void lockStep(Design d, Simulator ref, Model v, List<FuzzCase> cases, List<Integer> which, Outcome[] out) {
        List<Ports> ports = new ArrayList<>();
        for (int k = 0; k < which.size(); k++) ports.add(new Ports(d, k, cases.get(which.get(k))));
        boolean arst = !ports.isEmpty() && ports.getFirst().hasAsyncReset;
        boolean[] active = new boolean[which.size()];
        java.util.Arrays.fill(active, true);
        ResetSchedule resets = new ResetSchedule(resetSeed);
        for (int cycle = 0; cycle < cycles; cycle++) {
            boolean[] rs = resets.next(cycle);
            poke(ref, v, "rst", BigInteger.valueOf(rs[0] ? 1 : 0));
            if (arst) poke(ref, v, "arst", BigInteger.valueOf(rs[1] ? 1 : 0));
            for (int k = 0; k < ports.size(); k++) {
                Ports p = ports.get(k);
                for (int j = 0; j < p.inputs.size(); j++) {
                    poke(ref, v, p.inputs.get(j), p.streams.get(j).next());
                }
            }
            for (int k = 0; k < ports.size(); k++) {
                if (!active[k]) continue;
                Ports p = ports.get(k);
                for (int j = 0; j < p.outputs.size(); j++) {
                    String o = p.outputs.get(j);
                    BigInteger expected;
                    BigInteger actual;
                    if (p.outputWidths.get(j) <= 64) {
                        long e = ref.peek(o);
                        long a = v.peek(o);
                        if (e == a) continue;
                        expected = ref.peekBig(o);
                        actual = v.peekBig(o);
                    } else {
                        expected = ref.peekBig(o);
                        actual = v.peekBig(o);
                        if (expected.equals(actual)) continue;
                    }
                    out[which.get(k)] = new Outcome.Mismatch(cycle, p.outputIds.get(j), expected, actual);
                    active[k] = false;
                    break;
                }
            }
            ref.step();
            v.step();
        }
        for (int k = 0; k < which.size(); k++) if (active[k]) out[which.get(k)] = new Outcome.Pass();
    }

    private static void poke(Simulator ref, Model v, String port, BigInteger x) {
        if (x.bitLength() < 63) {
            ref.poke(port, x.longValue());
            v.poke(port, x.longValue());
        } else {
            ref.poke(port, x);
            v.poke(port, x);
        }
    }

    private static String stackOf(Throwable t) {
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString();
    }

    static String firstLines(String s) {
        if (s == null) return "(no message)";
        return String.join("\n", s.lines().limit(12).toList());
    }
}
