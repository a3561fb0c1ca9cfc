package io.accelforge.rtl.interp;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.lower.ClockRoots;
import io.accelforge.rtl.lower.Drivers;
import io.accelforge.rtl.lower.StmtIndex;
import io.accelforge.rtl.lower.ValueWalk;
import io.accelforge.rtl.util.NearestNames;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.sim.Simulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A two-state, cycle-based simulator of an elaborated design, in Java: the reference the
 * Verilator runs are compared with. Combinational signals settle in dependency order after
 * every poke and clock edge; registers and memories update on edges; state starts at zero.
 */
public final class Interpreter implements Simulator {
    private final Design design;
    private final State st = new State();
    private final ExprCompiler cc = new ExprCompiler(st);
    private final List<Settle> comb = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final List<MemWrite> memWrites = new ArrayList<>();
    private final Map<String, Signal> ports = new LinkedHashMap<>();
    private final Map<String, Signal> allSignals = new LinkedHashMap<>();
    private final List<Input> resets = new ArrayList<>();
    private final List<AsyncReset> asyncResets = new ArrayList<>();
    private Map<Module, StmtIndex> indexByModule;
    private long cycle;
    private boolean dirty = true;

    private record Settle(Signal target, int slot, Eval value) {}

    /** A register or read port: its next value and, for resettable registers, the reset; clock is the top-level clock it runs on. */
    private record Update(Signal target, int slot, Eval next, Eval reset, BigInteger init, Signal clock) {}

    private record MemWrite(State.MemStore mem, Eval enable, Eval addr, Eval data, Eval mask, int laneWidth, Signal clock) {}

    private record AsyncReset(Eval reset, List<Update> regs) {}

    public Interpreter(Design design) {
        this.design = design;
        for (Module m : design.modules()) {
            if (m instanceof BlackBox) {
                throw new SimException("black box " + m.moduleName() + " (" + design.path(m) + ") has no Java model; simulate the design with Verilator instead");
            }
        }
        Module top = design.top();
        for (Signal p : top.body().ports()) ports.put(p.name(), p);
        for (ClockDomain d : top.body().domains()) resets.add(d.reset());
        for (Module m : design.modules()) {
            String prefix = m == top ? "" : design.path(m).substring(design.path(top).length() + 1) + ".";
            for (Signal s : m.body().ports()) allSignals.putIfAbsent(prefix + s.name(), s);
            for (Signal s : m.body().locals()) allSignals.putIfAbsent(prefix + s.name(), s);
        }
        build();
        settle();
    }

    private void build() {
        Map<Signal, Value> combDrivers = new LinkedHashMap<>();
        List<Object[]> seq = new ArrayList<>();   // {Signal, next Value, Reg or null}
        List<Object[]> writes = new ArrayList<>();
        for (Module m : design.modules()) {
            StmtIndex idx = design.index(m);
            for (Signal s : m.body().ports()) {
                st.add(s);
                if (s instanceof Output) combDrivers.put(s, Drivers.combinational(idx, m.body().root(), s));
            }
            for (Module c : m.body().children()) {
                for (Signal p : c.body().ports()) {
                    if (p instanceof Input) combDrivers.put(p, Drivers.combinational(idx, m.body().root(), p));
                }
            }
            for (Signal s : m.body().locals()) {
                st.add(s);
                switch (s) {
                    case Wire w -> combDrivers.put(w, Drivers.combinational(idx, m.body().root(), w));
                    case Reg r -> seq.add(new Object[] {r, Drivers.next(idx, m.body().root(), r), r});
                    case SyncRead r -> seq.add(new Object[] {r, io.accelforge.rtl.hcl.Hcl.mux(r.enable(),
                            Drivers.syncReadData(idx, m.body().root(), r), r), null});
                    default -> { }
                }
            }
            for (Mem mem : m.body().mems()) {
                st.mems.computeIfAbsent(mem, State.MemStore::new);
                for (Drivers.WritePort w : Drivers.writes(idx, m.body().root(), mem)) writes.add(new Object[] {mem, w});
            }
        }
        for (Value v : combDrivers.values()) cc.countReaders(v);
        for (Object[] s : seq) cc.countReaders((Value) s[1]);
        for (Object[] w : writes) {
            Drivers.WritePort p = (Drivers.WritePort) w[1];
            cc.countReaders(p.enable());
            cc.countReaders(p.addr());
            cc.countReaders(p.data());
            if (p.mask() != null) cc.countReaders(p.mask());
        }
        for (Signal s : order(combDrivers)) comb.add(new Settle(s, st.slot.get(s), cc.compile(combDrivers.get(s))));
        Map<ClockDomain, List<Update>> byAsyncDomain = new IdentityHashMap<>();
        for (Object[] s : seq) {
            Signal target = (Signal) s[0];
            Reg r = (Reg) s[2];
            boolean hasInit = r != null && r.init() != null;
            Eval reset = hasInit && r.domain().resetKind() == ResetKind.SYNC ? cc.compile(r.domain().reset()) : null;
            ClockDomain domain = r != null ? r.domain() : ((SyncRead) target).mem().domain();
            Update u = new Update(target, st.slot.get(target), cc.compile((Value) s[1]), reset, hasInit ? r.init().bits() : null, clockRoot(domain));
            updates.add(u);
            if (hasInit && r.domain().resetKind() == ResetKind.ASYNC) byAsyncDomain.computeIfAbsent(r.domain(), k -> new ArrayList<>()).add(u);
        }
        for (Map.Entry<ClockDomain, List<Update>> e : byAsyncDomain.entrySet()) {
            asyncResets.add(new AsyncReset(cc.compile(e.getKey().reset()), e.getValue()));
        }
        for (Object[] w : writes) {
            Mem mem = (Mem) w[0];
            Drivers.WritePort p = (Drivers.WritePort) w[1];
            int lanes = p.mask() == null ? 1 : p.mask().width();
            memWrites.add(new MemWrite(st.mems.get(mem), cc.compile(p.enable()), cc.compile(p.addr()), cc.compile(p.data()),
                    p.mask() == null ? null : cc.compile(p.mask()), mem.type().width() / lanes, clockRoot(mem.domain())));
        }
    }

    private Signal clockRoot(ClockDomain d) {
        if (indexByModule == null) {
            indexByModule = new IdentityHashMap<>();
            for (Module m : design.modules()) if (design.index(m) != null) indexByModule.put(m, design.index(m));
        }
        return ClockRoots.root(d.clock(), indexByModule);
    }

    /** Combinational signals in dependency order (the checks have ruled out loops). */
    private static List<Signal> order(Map<Signal, Value> drivers) {
        List<Signal> out = new ArrayList<>(drivers.size());
        Set<Signal> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Signal> active = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Signal s : drivers.keySet()) visit(s, drivers, done, active, out);
        return out;
    }

    private static void visit(Signal s, Map<Signal, Value> drivers, Set<Signal> done, Set<Signal> active, List<Signal> out) {
        // explicit stack: long ripple chains would overflow the Java stack
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        if (done.contains(s) || !drivers.containsKey(s)) return;
        stack.push(new Object[] {s, null});
        while (!stack.isEmpty()) {
            Object[] f = stack.peek();
            Signal cur = (Signal) f[0];
            if (f[1] == null) {
                active.add(cur);
                List<Signal> deps = new ArrayList<>();
                Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
                ValueWalk.leaves(drivers.get(cur), visited, leaf -> {
                    if (leaf instanceof Signal d && drivers.containsKey(d) && !done.contains(d)) deps.add(d);
                });
                f[1] = deps.iterator();
            }
            @SuppressWarnings("unchecked")
            java.util.Iterator<Signal> it = (java.util.Iterator<Signal>) f[1];
            if (it.hasNext()) {
                Signal d = it.next();
                if (!done.contains(d) && !active.contains(d)) stack.push(new Object[] {d, null});
                continue;
            }
            stack.pop();
            active.remove(cur);
            if (done.add(cur)) out.add(cur);
        }
    }

    // ---- evaluation ---------------------------------------------------------------------

    private void settle() {
        for (int pass = 0; pass < 2; pass++) {
            st.epoch++;
            for (Settle s : comb) store(s.slot(), s.target().width(), s.value());
            if (!applyAsyncResets()) break;
        }
        dirty = false;
    }

    private boolean applyAsyncResets() {
        boolean changed = false;
        for (AsyncReset a : asyncResets) {
            if (ExprCompiler.asLong(a.reset()).get() == 0) continue;
            for (Update u : a.regs()) {
                storeBig(u.slot(), u.target().width(), u.init());
                changed = true;
            }
        }
        return changed;
    }

    private void store(int slot, int width, Eval e) {
        if (width <= 64) st.narrow[slot] = ExprCompiler.asLong(e).get();
        else st.wide[slot] = e.big();
    }

    private void storeBig(int slot, int width, BigInteger v) {
        if (width <= 64) st.narrow[slot] = v.longValue();
        else st.wide[slot] = v;
    }

    /** One rising edge of every clock. */
    @Override public void step() { edge(null); }

    /**
     * One rising edge of one top-level clock input only: registers and memories of other
     * clocks keep their values (for designs with several clock domains).
     */
    public void tick(String clockPort) {
        Signal clk = port(clockPort);
        boolean isClock = updates.stream().anyMatch(u -> u.clock() == clk) || memWrites.stream().anyMatch(w -> w.clock() == clk);
        if (!isClock) throw new SimException("'" + clockPort + "' clocks nothing in " + design.topName());
        edge(clk);
    }

    private void edge(Signal onlyClock) {
        if (dirty) settle();
        st.epoch++;
        int n = updates.size();
        long[] nextN = new long[n];
        BigInteger[] nextW = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            Update u = updates.get(i);
            if (onlyClock != null && u.clock() != onlyClock) continue;
            boolean inReset = u.reset() != null && ExprCompiler.asLong(u.reset()).get() != 0;
            if (u.target().width() <= 64) nextN[i] = inReset ? u.init().longValue() : ExprCompiler.asLong(u.next()).get();
            else nextW[i] = inReset ? u.init() : u.next().big();
        }
        List<Object[]> pending = new ArrayList<>();
        for (MemWrite w : memWrites) {
            if (onlyClock != null && w.clock() != onlyClock) continue;
            if (ExprCompiler.asLong(w.enable()).get() == 0) continue;
            int addr = (int) ExprCompiler.asLong(w.addr()).get();
            BigInteger data = w.data().big();
            // the bits this write sets: whole word, or its enabled lanes
            BigInteger written = Bits.bigMask(w.mem().mem.type().width());
            if (w.mask() != null) {
                BigInteger mask = w.mask().big();
                BigInteger lane = Bits.bigMask(w.laneWidth());
                written = BigInteger.ZERO;
                for (int i = 0; i < w.mask().width(); i++) if (mask.testBit(i)) written = written.or(lane.shiftLeft(i * w.laneWidth()));
            }
            if (written.signum() != 0) pending.add(new Object[] {w.mem(), addr, data, written});
        }
        for (int i = 0; i < n; i++) {
            Update u = updates.get(i);
            if (onlyClock != null && u.clock() != onlyClock) continue;
            if (u.target().width() <= 64) st.narrow[u.slot()] = nextN[i];
            else st.wide[u.slot()] = nextW[i];
        }
        // in statement order, each onto the word as earlier writes of this edge left it (later writes win, bit by bit)
        for (Object[] p : pending) {
            State.MemStore mem = (State.MemStore) p[0];
            int addr = (Integer) p[1];
            BigInteger bits = (BigInteger) p[3];
            mem.write(addr, mem.read(addr).andNot(bits).or(((BigInteger) p[2]).and(bits)));
        }
        cycle++;
        settle();
    }

    @Override public void reset(int cycles) {
        for (Input r : resets) poke(r.name(), 1);
        step(cycles);
        for (Input r : resets) poke(r.name(), 0);
    }

    @Override public long cycle() { return cycle; }

    // ---- ports --------------------------------------------------------------------------

    @Override public void poke(String port, long value) { poke(port, BigInteger.valueOf(value)); }

    @Override public void poke(String port, BigInteger value) {
        Signal s = port(port);
        if (!(s instanceof Input)) throw new SimException("'" + port + "' is an output of " + design.topName() + "; only inputs can be poked");
        if (!s.type().fits(value)) {
            throw new SimException("value " + value + " does not fit port '" + port + "' " + s.type() + " (" + s.type().minValue() + ".." + s.type().maxValue() + ")");
        }
        BigInteger raw = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(s.width())) : value;
        storeBig(st.slot.get(s), s.width(), raw);
        dirty = true;
    }

    @Override public long peek(String port) { return peekSignal(port(port), port); }

    @Override public BigInteger peekBig(String port) { return peekSignalBig(port(port)); }

    /** Any signal by path below the top, e.g. "cells_0_1.sum". */
    public BigInteger peekInternal(String path) {
        Signal s = allSignals.get(path);
        if (s == null) throw new SimException("no signal '" + path + "' in " + design.topName() + NearestNames.suggestion(path, allSignals.keySet()));
        return peekSignalBig(s);
    }

    private long peekSignal(Signal s, String name) {
        if (s.width() > 64) throw new SimException("port '" + name + "' is " + s.width() + " bits wide; use peekBig()");
        if (dirty) settle();
        long raw = st.narrow[st.slot.get(s)];
        return s.signed() ? Bits.sext(raw, s.width()) : raw;
    }

    private BigInteger peekSignalBig(Signal s) {
        if (dirty) settle();
        int slot = st.slot.get(s);
        BigInteger raw = s.width() <= 64 ? Bits.toBig(st.narrow[slot], s.width()) : st.wide[slot];
        return s.signed() ? Bits.signedBig(raw, s.width()) : raw;
    }

    private Signal port(String name) {
        Signal s = ports.get(name);
        if (s == null) throw new SimException("no port '" + name + "' on " + design.topName() + NearestNames.suggestion(name, ports.keySet()));
        return s;
    }
}
