package io.accelforge.sim.ffm;

import io.accelforge.sim.build.BuiltModel;
import io.accelforge.sim.build.PortSpec;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * One instance of a compiled Verilator model, bound with the FFM API. Ports are views of the
 * model's own memory, so poke and peek make no native call; step, run and run-until are one
 * native call each, the loops staying in C++.
 */
@SuppressWarnings("restricted")   // binding native code is this class's whole purpose
public final class NativeModel implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG;

    private final Arena arena;
    private final MemorySegment model;
    private final MemorySegment[] ports;
    private final MethodHandle step, run, eval, runUntil, destroy, clock, traceOpen, traceClose, time;
    private boolean closed;

    private NativeModel(Arena arena, SymbolLookup lib, List<PortSpec> specs, long seed, boolean randomize) throws Throwable {
        this.arena = arena;
        MethodHandle create = handle(lib, "af_create", FunctionDescriptor.of(ValueLayout.ADDRESS, U64, ValueLayout.JAVA_INT));
        MethodHandle portsFn = handle(lib, "af_ports", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        MethodHandle count = handle(lib, "af_port_count", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        // step and eval are short and never call back into Java: critical calls skip the thread-state switch
        step = handle(lib, "af_step", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS), Linker.Option.critical(false));
        eval = handle(lib, "af_eval", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS), Linker.Option.critical(false));
        run = handle(lib, "af_run", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, U64));
        runUntil = handle(lib, "af_run_until", FunctionDescriptor.of(U64, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT, U64));
        destroy = handle(lib, "af_destroy", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        clock = handle(lib, "af_clock", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, U64, U64));
        traceOpen = handle(lib, "af_trace_open", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, U64, U64));
        traceClose = handle(lib, "af_trace_close", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        time = handle(lib, "af_time", FunctionDescriptor.of(U64, ValueLayout.ADDRESS));
        int n = (int) count.invokeExact();
        if (n != specs.size()) throw new IllegalStateException("model has " + n + " ports, its port list " + specs.size());
        model = (MemorySegment) create.invokeExact(seed, randomize ? 1 : 0);
        MemorySegment table = arena.allocate(ValueLayout.ADDRESS, Math.max(1, n));
        portsFn.invokeExact(model, table);
        ports = new MemorySegment[n];
        for (int i = 0; i < n; i++) ports[i] = table.getAtIndex(ValueLayout.ADDRESS, i).reinterpret(specs.get(i).storageBytes());
    }

    /**
     * Loads the model's library and creates an instance: state zeroed, or (randomize)
     * every variable set from {@code seed} as Verilator's --x-initial unique does.
     */
    public static NativeModel load(BuiltModel built, long seed, boolean randomize) {
        Arena arena = Arena.ofShared();
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup(built.library(), arena);
            return new NativeModel(arena, lib, built.ports(), seed, randomize);
        } catch (IllegalArgumentException e) {
            arena.close();
            throw new LoadException(built.library() + ": " + e.getMessage());
        } catch (Throwable t) {
            arena.close();
            throw new IllegalStateException("cannot start model " + built.top() + ": " + t, t);
        }
    }

    /** The library could not be loaded (with initial-exec TLS: no static TLS room in this process). */
    public static final class LoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadException(String m) { super(m); }
    }

    private static MethodHandle handle(SymbolLookup lib, String name, FunctionDescriptor fd, Linker.Option... opts) {
        MemorySegment addr = lib.find(name).orElseThrow(() -> new IllegalStateException("model library lacks " + name));
        return LINKER.downcallHandle(addr, fd, opts);
    }

    /** The memory of port i (Verilator's CData/SData/IData/QData or 32-bit words, little-endian). */
    public MemorySegment port(int i) { return ports[i]; }

    public void step() {
        try {
            step.invokeExact(model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void eval() {
        try {
            eval.invokeExact(model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void run(long cycles) {
        try {
            run.invokeExact(model, cycles);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Steps until port i holds {@code value} (its storage bytes); returns the steps taken, or -1. */
    public long runUntil(int port, MemorySegment value, long max) {
        try {
            return (long) runUntil.invokeExact(model, port, value, (int) value.byteSize(), max);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void clock(int index, int port, long period, long phase) {
        try {
            int rc = (int) clock.invokeExact(model, index, port, period, phase);
            if (rc != 0) throw new IllegalArgumentException("at most 8 clocks");
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** @return 0, or -1 when the model was built without waveforms, -3 when the file cannot be opened */
    public int traceOpen(String path, int levels, String scope, long from, long to) {
        try (Arena a = Arena.ofConfined()) {
            return (int) traceOpen.invokeExact(model, a.allocateFrom(path), levels, a.allocateFrom(scope), from, to);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void traceClose() {
        try {
            traceClose.invokeExact(model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Simulation time in the model's time units (clock periods are in the same units). */
    public long time() {
        try {
            return (long) time.invokeExact(model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override public void close() {
        if (closed) return;
        closed = true;
        try {
            destroy.invokeExact(model);
        } catch (Throwable t) {
            throw rethrow(t);
        } finally {
            arena.close();
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
