package io.accelforge.sim;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.sim.Simulator;
import io.accelforge.rtl.util.NearestNames;
import io.accelforge.sim.build.BuildRequest;
import io.accelforge.sim.build.BuiltModel;
import io.accelforge.sim.build.ModelBuilder;
import io.accelforge.sim.build.PortSpec;
import io.accelforge.sim.build.TlsModel;
import io.accelforge.sim.build.Trace;
import io.accelforge.sim.ffm.NativeModel;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Verilator model driven from Java: the same {@link Simulator} contract as the interpreter,
 * plus batched {@link #run} and {@link #runUntil} that loop in native code.
 */
public final class VerilatorSim implements Simulator {
    private static final ValueLayout.OfInt WORD = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfByte B = ValueLayout.JAVA_BYTE;

    private final BuiltModel built;
    private final NativeModel model;
    private final List<PortSpec> specs;
    /** Handles of the ports up to 64 bits (null for wider ones), which name-based access goes through. */
    private final Port[] handles;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> resets;
    private final SimOptions options;
    private final long refPeriod;
    private boolean dirty;
    private long cycle;

    private VerilatorSim(BuiltModel built, NativeModel model, SimOptions options, List<String> resets) {
        this.built = built;
        this.model = model;
        this.specs = built.ports();
        this.options = options;
        for (int i = 0; i < specs.size(); i++) index.put(specs.get(i).name(), i);
        handles = new Port[specs.size()];
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).width() <= 64) handles[i] = new Port(this, specs.get(i), model.port(i));
        this.resets = List.copyOf(resets);
        for (String r : resets) port(r);
        List<ClockSpec> clocks = options.clocks() != null ? options.clocks() : built.clocks().stream().map(c -> new ClockSpec(c, 2, 0)).toList();
        for (int i = 0; i < clocks.size(); i++) model.clock(i, port(clocks.get(i).port()), clocks.get(i).period(), clocks.get(i).phase());
        refPeriod = clocks.isEmpty() ? 1 : clocks.getFirst().period();
        if (options.waveform() != null) openWaveform(options.waveform());
    }

    /** Builds (or takes from the cache) and starts an elaborated design. */
    public static VerilatorSim open(Design d) { return open(d, SimOptions.defaults()); }

    public static VerilatorSim open(Design d, SimOptions o) {
        List<String> resets = o.resets() != null ? o.resets() : d.clocks().stream().map(Design.Clock::reset).toList();
        return open(BuildRequest.of(d), o.withResets(resets));
    }

    /** Any build request; resets as given in the options (none by default). */
    public static VerilatorSim open(BuildRequest req, SimOptions o) { return open(req, o, ModelBuilder.create()); }

    /** As {@link #open(BuildRequest, SimOptions)}, built by {@code builder} (its progress lines, its compile options). */
    public static VerilatorSim open(BuildRequest req, SimOptions o, ModelBuilder builder) {
        Trace trace = o.waveform() == null ? Trace.NONE : o.waveform().format();
        BuildRequest r = req.withTrace(trace);
        BuiltModel built = builder.build(r);
        NativeModel nm;
        try {
            nm = NativeModel.load(built, o.seed(), o.randomInit());
        } catch (NativeModel.LoadException e) {
            if (built.tls() != TlsModel.INITIAL_EXEC) throw new SimException("cannot load the model: " + e.getMessage());
            System.err.println("sim: no static TLS room in this JVM (start it with GLIBC_TUNABLES=glibc.rtld.optional_static_tls=65536 "
                    + "for faster models); using the general-dynamic TLS build");
            built = builder.build(r, TlsModel.GLOBAL_DYNAMIC);
            nm = NativeModel.load(built, o.seed(), o.randomInit());
        }
        return new VerilatorSim(built, nm, o, o.resets() == null ? List.of() : o.resets());
    }

    public BuiltModel built() { return built; }

    /** A handle on one port for per-cycle loops: no name lookup, no native call. */
    public Port handle(String name) {
        int i = port(name);
        if (handles[i] == null) throw new SimException("port '" + name + "' is " + specs.get(i).width() + " bits wide; use poke/peekBig by name");
        return handles[i];
    }

    void markDirty() { dirty = true; }

    void settleIfDirty() { if (dirty) settle(); }
    public List<PortSpec> ports() { return specs; }
    public SimOptions options() { return options; }

    private void openWaveform(SimOptions.Waveform w) {
        long from = w.fromCycle() >= Long.MAX_VALUE / refPeriod ? Long.MAX_VALUE : w.fromCycle() * refPeriod;
        long to = w.toCycle() >= Long.MAX_VALUE / refPeriod ? Long.MAX_VALUE : (w.toCycle() + 1) * refPeriod;
        int rc = model.traceOpen(w.file().toAbsolutePath().toString(), w.levels(), w.scope(), from, to);
        if (rc != 0) throw new SimException("cannot open waveform " + w.file() + (rc == -3 ? " (directory missing or not writable)" : ""));
    }

    // ---- Simulator ----------------------------------------------------------------------

    @Override public void poke(String port, long value) {
        int i = port(port);
        if (handles[i] != null) handles[i].poke(value);
        else poke(port, BigInteger.valueOf(value));
    }

    @Override public void poke(String port, BigInteger value) {
        int i = port(port);
        PortSpec p = specs.get(i);
        if (handles[i] != null) {
            if (value.bitLength() > 64) throw Port.outOfRange(p, value);
            handles[i].poke(p.width() == 64 && !p.signed() ? value.longValue() : value.longValueExact());
            return;
        }
        if (!p.input()) throw new SimException("'" + p.name() + "' is an output; only inputs can be poked");
        BigInteger min = p.signed() ? BigInteger.ONE.shiftLeft(p.width() - 1).negate() : BigInteger.ZERO;
        BigInteger max = (p.signed() ? BigInteger.ONE.shiftLeft(p.width() - 1) : BigInteger.ONE.shiftLeft(p.width())).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) throw Port.outOfRange(p, value);
        BigInteger raw = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(p.width())) : value;
        MemorySegment m = model.port(i);
        for (int w = 0; w < p.storageBytes() / 4; w++) m.set(WORD, 4L * w, raw.shiftRight(32 * w).intValue());
        dirty = true;
    }

    @Override public long peek(String port) {
        int i = port(port);
        if (handles[i] == null) throw new SimException("port '" + port + "' is " + specs.get(i).width() + " bits wide; use peekBig()");
        return handles[i].peek();
    }

    @Override public BigInteger peekBig(String port) {
        int i = port(port);
        PortSpec p = specs.get(i);
        if (handles[i] != null) {
            long v = handles[i].peek();
            return p.width() == 64 && !p.signed() ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
        }
        if (dirty) settle();
        MemorySegment m = model.port(i);
        BigInteger raw = BigInteger.ZERO;
        for (int w = p.storageBytes() / 4 - 1; w >= 0; w--) raw = raw.shiftLeft(32).or(BigInteger.valueOf(m.get(WORD, 4L * w) & 0xFFFFFFFFL));
        // keep only the port's own bits: Verilator may leave junk above them
        raw = raw.and(BigInteger.ONE.shiftLeft(p.width()).subtract(BigInteger.ONE));
        return p.signed() && raw.testBit(p.width() - 1) ? raw.subtract(BigInteger.ONE.shiftLeft(p.width())) : raw;
    }

    @Override public void step() {
        model.step();
        dirty = false;
        cycle++;
    }

    /** {@code cycles} steps in one native call. */
    public void run(long cycles) {
        if (cycles <= 0) return;
        model.run(cycles);
        dirty = false;
        cycle += cycles;
    }

    /**
     * Steps until {@code port} equals {@code value}, at most {@code maxCycles}; returns the
     * steps taken. On timeout fails with the cycle, the condition and the outputs' values.
     */
    public long runUntil(String port, long value, long maxCycles) {
        int i = port(port);
        PortSpec p = specs.get(i);
        if (p.width() > 64) throw new SimException("runUntil on a port over 64 bits ('" + port + "') is not supported; use step() and peekBig()");
        if (!handles[i].fits(value)) throw Port.outOfRange(p, BigInteger.valueOf(value));
        long raw = p.width() == 64 ? value : value & ((1L << p.width()) - 1);
        long taken;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(p.storageBytes());
            for (int b = 0; b < p.storageBytes(); b++) v.set(B, b, (byte) (raw >>> (8 * b)));
            taken = model.runUntil(i, v, maxCycles);
        }
        dirty = false;
        if (taken < 0) {
            cycle += maxCycles;
            throw new SimException("timeout at cycle " + cycle + ": '" + port + "' == " + value + " not reached within " + maxCycles
                    + " cycles; " + describeOutputs());
        }
        cycle += taken;
        return taken;
    }

    @Override public void reset(int cycles) {
        for (String r : resets) poke(r, 1);
        run(cycles);
        for (String r : resets) poke(r, 0);
    }

    @Override public long cycle() { return cycle; }

    /** Model time (reference-clock period = 2 units by default). */
    public long time() { return model.time(); }

    /** "name=value" for the outputs of up to 64 bits, for failure messages. */
    public String describeOutputs() {
        List<String> parts = new ArrayList<>();
        for (PortSpec p : specs) if (!p.input() && p.width() <= 64 && parts.size() < 16) parts.add(p.name() + "=" + peek(p.name()));
        return "outputs: " + String.join(", ", parts);
    }

    @Override public void close() {
        if (options.waveform() != null) {
            model.traceClose();
            System.err.println("sim: waveform written to " + options.waveform().file().toAbsolutePath());
        }
        model.close();
    }

    // ---- helpers ------------------------------------------------------------------------

    private void settle() {
        model.eval();
        dirty = false;
    }

    private int port(String name) {
        Integer i = index.get(name);
        if (i == null) throw new SimException("no port '" + name + "' on " + built.top() + NearestNames.suggestion(name, index.keySet()));
        return i;
    }

}
