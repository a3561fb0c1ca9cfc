package io.accelforge.tpe.array;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.sim.Simulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Replays a {@link PortTrace} on a simulator, one cycle at a time: drives every input
 * (don't-care cycles get random values, so an array that reads them is caught), compares every
 * output that has an expected value, reads back every placed result and records when each
 * one-bit output was high (so a test can measure timing from the simulator itself).
 */
public final class TraceCheck {
    private TraceCheck() {}

    /** An output that differed: what the trace expected and what the simulator showed. */
    public record Mismatch(int cycle, String port, long expected, long actual) {
        @Override public String toString() { return "cycle " + cycle + " " + port + ": expected " + expected + ", got " + actual; }
    }

    /**
     * What a replay saw: the mismatches (in cycle order), the simulator's value at each placed
     * result, and for each one-bit output the cycles at which the simulator showed it high.
     */
    public record Replay(List<Mismatch> mismatches, long[] observed, Map<String, BitSet> high) {
        public boolean passed() { return mismatches.isEmpty(); }

        /** The cycles at which one-bit output {@code port} was high. */
        public BitSet high(String port) {
            BitSet b = high.get(port);
            if (b == null) throw new IllegalArgumentException("'" + port + "' is not a one-bit output of the trace; they are " + high.keySet());
            return (BitSet) b.clone();
        }

        /** The first few mismatches, one a line. */
        public String describe(int max) {
            StringBuilder sb = new StringBuilder(mismatches.size() + " mismatches");
            for (int i = 0; i < Math.min(max, mismatches.size()); i++) sb.append("\n  ").append(mismatches.get(i));
            return sb.toString();
        }
    }

    /**
     * Runs {@code trace} from the simulator's current state (call it right after reset: the
     * trace's cycle 0 is the first cycle after reset). Don't-care inputs get values from
     * {@code junk}.
     */
    public static Replay run(Simulator sim, PortTrace trace, Random junk) {
        List<String> ins = trace.inputs(), outs = trace.outputs();
        List<Mismatch> mismatches = new ArrayList<>();
        List<PortTrace.Result> results = trace.results();
        long[] observed = new long[results.size()];
        // results sorted by cycle are read as the replay passes them
        Integer[] order = new Integer[results.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Integer.compare(results.get(x).cycle(), results.get(y).cycle()));
        Map<String, BitSet> high = new LinkedHashMap<>();
        for (String out : outs) if (trace.outputType(out).width() == 1) high.put(out, new BitSet());
        int next = 0;
        for (int c = 0; c < trace.cycles(); c++) {
            for (String in : ins) {
                Long v = trace.input(in, c);
                sim.poke(in, v != null ? v : random(trace.inputType(in), junk));
            }
            for (String out : outs) {
                Long want = trace.output(out, c);
                BitSet flag = high.get(out);
                if (want == null && flag == null) continue;
                long got = sim.peek(out);
                if (flag != null && got != 0) flag.set(c);
                if (want != null && got != want) mismatches.add(new Mismatch(c, out, want, got));
            }
            for (; next < order.length && results.get(order[next]).cycle() == c; next++) {
                observed[order[next]] = sim.peek(results.get(order[next]).port());
            }
            sim.step();
        }
        return new Replay(List.copyOf(mismatches), observed, high);
    }

    private static long random(HwType t, Random rnd) {
        BigInteger raw = new BigInteger(t.width(), rnd);
        return (t.signed() && raw.testBit(t.width() - 1) ? raw.subtract(BigInteger.ONE.shiftLeft(t.width())) : raw).longValueExact();
    }
}
