package io.accelforge.tpe.array;

import io.accelforge.rtl.hcl.HwType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An array run as its ports see it, cycle by cycle: for every input the value to drive (or
 * "don't care"), for every output the value it must show (or "don't care"), and where each
 * result of each fold appears. Cycle 0 is the first cycle after reset; "at cycle t" means
 * during cycle t, after t clock edges: inputs are applied before edge t, outputs are read
 * before edge t. The array models build these; {@link TraceCheck} replays one on a simulator.
 */
public final class PortTrace {
    /** Result (row, col) of fold {@code fold} is on output {@code port} at {@code cycle}; its value is {@code value}. */
    public record Result(int fold, int row, int col, String port, int cycle, long value) {}

    private final int cycles;
    private final Map<String, Track> inputs = new LinkedHashMap<>();
    private final Map<String, Track> outputs = new LinkedHashMap<>();
    private final List<Result> results = new ArrayList<>();

    public PortTrace(int cycles) {
        if (cycles < 1) throw new IllegalArgumentException("a trace needs at least one cycle, got " + cycles);
        this.cycles = cycles;
    }

    public int cycles() { return cycles; }

    /** Input names in declaration order. */
    public List<String> inputs() { return List.copyOf(inputs.keySet()); }

    /** Output names in declaration order. */
    public List<String> outputs() { return List.copyOf(outputs.keySet()); }

    public HwType inputType(String port) { return track(inputs, port).type; }

    public HwType outputType(String port) { return track(outputs, port).type; }

    /** The value to drive on {@code port} at {@code cycle}, or null for don't care. */
    public Long input(String port, int cycle) { return track(inputs, port).get(cycle); }

    /** The value {@code port} must show at {@code cycle}, or null for don't care. */
    public Long output(String port, int cycle) { return track(outputs, port).get(cycle); }

    /** Every result of every fold, in the order they were placed. */
    public List<Result> results() { return Collections.unmodifiableList(results); }

    // ---- building (the models) -------------------------------------------------------

    /** Declares a data input: don't care until driven. */
    public PortTrace dataInput(String port, HwType type) { return declare(inputs, port, type, null); }

    /** Declares a control input: 0 on every cycle until driven. */
    public PortTrace controlInput(String port, HwType type) { return declare(inputs, port, type, 0L); }

    /** Declares a data output: don't care until expected. */
    public PortTrace dataOutput(String port, HwType type) { return declare(outputs, port, type, null); }

    /** Declares a flag output: must be 0 on every cycle until expected otherwise. */
    public PortTrace flagOutput(String port, HwType type) { return declare(outputs, port, type, 0L); }

    public void drive(String port, int cycle, long value) { track(inputs, port).set(cycle, value); }

    public void expect(String port, int cycle, long value) { track(outputs, port).set(cycle, value); }

    /** Places a result: its value is expected on {@code port} at {@code cycle}. */
    public void result(int fold, int row, int col, String port, int cycle, long value) {
        expect(port, cycle, value);
        results.add(new Result(fold, row, col, port, cycle, value));
    }

    private PortTrace declare(Map<String, Track> map, String port, HwType type, Long fill) {
        if (inputs.containsKey(port) || outputs.containsKey(port)) throw new IllegalArgumentException("port '" + port + "' declared twice");
        Track t = new Track(type, cycles);
        if (fill != null) for (int c = 0; c < cycles; c++) t.set(c, fill);
        map.put(port, t);
        return this;
    }

    private Track track(Map<String, Track> map, String port) {
        Track t = map.get(port);
        if (t == null) throw new IllegalArgumentException("no port '" + port + "' in this trace; it has " + map.keySet());
        return t;
    }

    /** One port's values by cycle; a cycle without a value is don't care. */
    private static final class Track {
        final HwType type;
        final long[] values;
        final BitSet known;

        Track(HwType type, int cycles) {
            this.type = type;
            this.values = new long[cycles];
            this.known = new BitSet(cycles);
        }

        void set(int cycle, long v) {
            if (cycle < 0 || cycle >= values.length) throw new IllegalArgumentException("cycle " + cycle + " is outside the trace (0.." + (values.length - 1) + ")");
            if (!type.fits(BigInteger.valueOf(v))) throw new IllegalArgumentException("value " + v + " does not fit " + type + " at cycle " + cycle);
            values[cycle] = v;
            known.set(cycle);
        }

        Long get(int cycle) { return known.get(cycle) ? values[cycle] : null; }
    }
}
