package io.accelforge.sim.ffm;

import io.accelforge.sim.build.BuiltModel;
import io.accelforge.sim.build.PortSpec;
import java.lang.foreign.AddressLayout;
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
    private static final AddressLayout ADDR = ValueLayout.ADDRESS;

    // Address-less downcalls in static finals: the JIT inlines a constant handle completely,
    // which an instance field holding a per-library handle would not allow. The function's
    // address is the first argument. Step and eval are short and never call back into Java,
    // so they are critical calls (no thread-state switch).
    private static final MethodHandle VOID_PTR_CRITICAL = LINKER.downcallHandle(FunctionDescriptor.ofVoid(ADDR), Linker.Option.critical(false));
    private static final MethodHandle VOID_PTR = LINKER.downcallHandle(FunctionDescriptor.ofVoid(ADDR));
    private static final MethodHandle VOID_PTR_U64 = LINKER.downcallHandle(FunctionDescriptor.ofVoid(ADDR, U64));
    private static final MethodHandle U64_PTR = LINKER.downcallHandle(FunctionDescriptor.of(U64, ADDR));
    private static final MethodHandle RUN_UNTIL = LINKER.downcallHandle(
            FunctionDescriptor.of(U64, ADDR, ValueLayout.JAVA_INT, ADDR, ValueLayout.JAVA_INT, U64));
    private static final MethodHandle CLOCK = LINKER.downcallHandle(
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ADDR, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, U64, U64));
    private static final MethodHandle TRACE_OPEN = LINKER.downcallHandle(
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ADDR, ADDR, ValueLayout.JAVA_INT, ADDR, U64, U64));

    private final Arena arena;
    private final MemorySegment model;
    private final MemorySegment[] ports;
    private final MemorySegment stepFn, runFn, evalFn, runUntilFn, destroyFn, clockFn, traceOpenFn, traceCloseFn, timeFn;
    private boolean closed;

    private NativeModel(Arena arena, SymbolLookup lib, List<PortSpec> specs, long seed, boolean randomize) throws Throwable {
        this.arena = arena;
        MethodHandle create = LINKER.downcallHandle(fn(lib, "af_create"), FunctionDescriptor.of(ADDR, U64, ValueLayout.JAVA_INT));
        MethodHandle portsFn = LINKER.downcallHandle(fn(lib, "af_ports"), FunctionDescriptor.ofVoid(ADDR, ADDR));
        MethodHandle count = LINKER.downcallHandle(fn(lib, "af_port_count"), FunctionDescriptor.of(ValueLayout.JAVA_INT));
        stepFn = fn(lib, "af_step");
        evalFn = fn(lib, "af_eval");
        runFn = fn(lib, "af_run");
        runUntilFn = fn(lib, "af_run_until");
        destroyFn = fn(lib, "af_destroy");
        clockFn = fn(lib, "af_clock");
        traceOpenFn = fn(lib, "af_trace_open");
        traceCloseFn = fn(lib, "af_trace_close");
        timeFn = fn(lib, "af_time");
        int n = (int) count.invokeExact();
        if (n != specs.size()) throw new IllegalStateException("model has " + n + " ports, its port list " + specs.size());
        model = (MemorySegment) create.invokeExact(seed, randomize ? 1 : 0);
        MemorySegment table = arena.allocate(ADDR, Math.max(1, n));
        portsFn.invokeExact(model, table);
        ports = new MemorySegment[n];
        for (int i = 0; i < n; i++) ports[i] = table.getAtIndex(ADDR, i).reinterpret(specs.get(i).storageBytes());
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

    /**
     * A function's address as a global segment: one from the lookup belongs to the library's
     * shared arena, and passing it makes every call acquire and release that arena (several
     * ns per step). The arena is closed only in {@link #close()}, after the last call.
     */
    private static MemorySegment fn(SymbolLookup lib, String name) {
        MemorySegment f = lib.find(name).orElseThrow(() -> new IllegalStateException("model library lacks " + name));
        return MemorySegment.ofAddress(f.address());
    }

    /** The memory of port i (Verilator's CData/SData/IData/QData or 32-bit words, little-endian). */
    public MemorySegment port(int i) { return ports[i]; }

    public void step() {
        try {
            VOID_PTR_CRITICAL.invokeExact(stepFn, model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void eval() {
        try {
            VOID_PTR_CRITICAL.invokeExact(evalFn, model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void run(long cycles) {
        try {
            VOID_PTR_U64.invokeExact(runFn, model, cycles);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Steps until port i holds {@code value} (its storage bytes); returns the steps taken, or -1. */
    public long runUntil(int port, MemorySegment value, long max) {
        try {
            return (long) RUN_UNTIL.invokeExact(runUntilFn, model, port, value, (int) value.byteSize(), max);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void clock(int index, int port, long period, long phase) {
        try {
            int rc = (int) CLOCK.invokeExact(clockFn, model, index, port, period, phase);
            if (rc != 0) throw new IllegalArgumentException("at most 8 clocks");
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** @return 0, or -1 when the model was built without waveforms, -3 when the file cannot be opened */
    public int traceOpen(String path, int levels, String scope, long from, long to) {
        try (Arena a = Arena.ofConfined()) {
            return (int) TRACE_OPEN.invokeExact(traceOpenFn, model, a.allocateFrom(path), levels, a.allocateFrom(scope), from, to);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public void traceClose() {
        try {
            VOID_PTR.invokeExact(traceCloseFn, model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Simulation time in the model's time units (clock periods are in the same units). */
    public long time() {
        try {
            return (long) U64_PTR.invokeExact(timeFn, model);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override public void close() {
        if (closed) return;
        closed = true;
        try {
            VOID_PTR.invokeExact(destroyFn, model);
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
