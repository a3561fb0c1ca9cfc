package io.accelforge.sim.tb;

import io.accelforge.rtl.sim.SimException;
import io.accelforge.rtl.sim.Simulator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A cycle-based testbench with concurrent threads: {@link #fork} starts a thread (a virtual
 * thread), {@link #step}, {@link #sleep} and {@link #waitUntil} let time pass. Exactly one
 * thread runs at a time, in a fixed order (creation order within a cycle), so a run is
 * deterministic; when every thread waits for a later cycle the clock advances one step.
 */
public final class Testbench {
    private final Simulator sim;
    private final TbOptions options;
    private final Supplier<String> describe;
    private final List<Task> tasks = new ArrayList<>();
    private volatile Task current;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private long cycle;
    private long switches;

    private Testbench(Simulator sim, TbOptions options, Supplier<String> describe) {
        this.sim = sim;
        this.options = options;
        this.describe = describe;
    }

    /**
     * Runs {@code body} as the main testbench thread over {@code sim}; forked threads end with
     * it. A failure is rethrown with the cycle and {@code describe} (e.g. the seed to replay).
     */
    public static void run(Simulator sim, TbOptions options, Supplier<String> describe, Body body) {
        Testbench tb = new Testbench(sim, options, describe);
        CountDownLatch finished = new CountDownLatch(1);
        Task main = tb.newTask("main", () -> body.run(tb), finished);
        tb.current = main;
        main.thread.start();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimException("testbench interrupted");
        }
        if (tb.failure != null) throw tb.failed(tb.failure);
    }

    /** The testbench's main code; may throw, which fails the run. */
    @FunctionalInterface
    public interface Body {
        void run(Testbench tb) throws Exception;
    }

    /** A forked thread. */
    public interface Handle {
        String name();

        boolean isDone();
    }

    // ---- time ---------------------------------------------------------------------------

    public long cycle() { return cycle; }

    /** Thread handoffs so far (for measuring their cost). */
    public long switches() { return switches; }

    /** Lets one clock cycle pass for the calling thread. */
    public void step() { sleep(1); }

    public void step(long cycles) { sleep(cycles); }

    public void sleep(long cycles) {
        if (cycles <= 0) return;
        Task me = self();
        me.wakeAt = cycle + cycles;
        me.until = null;
        yieldFrom(me);
    }

    /** Waits until {@code port} equals {@code value}; fails after {@code maxCycles}. */
    public void waitUntil(String port, long value, long maxCycles) {
        waitUntil("'" + port + "' == " + value, () -> sim.peek(port) == value, maxCycles);
    }

    /** Waits until {@code condition} holds (checked once per cycle); fails after {@code maxCycles} with the values of the watched ports. */
    public void waitUntil(String what, BooleanSupplier condition, long maxCycles) {
        if (condition.getAsBoolean()) return;
        Task me = self();
        me.wakeAt = cycle + 1;
        me.until = condition;
        me.deadline = cycle + maxCycles;
        me.waitingFor = what;
        yieldFrom(me);
        if (me.timedOut) {
            me.timedOut = false;
            throw new SimException("timeout at cycle " + cycle + ": waited " + maxCycles + " cycles for " + what + "; " + watched());
        }
    }

    // ---- threads ------------------------------------------------------------------------

    /** Starts {@code body} as a new thread; it first runs later in this same cycle. */
    public Handle fork(String name, Body body) {
        Task t = newTask(name, () -> body.run(this), null);
        t.wakeAt = cycle;
        t.thread.start();
        return t;
    }

    public Handle fork(Body body) { return fork("fork-" + tasks.size(), body); }

    /** Waits for the threads to finish, at most the testbench's cycle limit. */
    public void join(Handle... handles) {
        for (Handle h : handles) waitUntil("thread '" + h.name() + "' to finish", h::isDone, options.maxCycles());
    }

    // ---- ports --------------------------------------------------------------------------

    public void poke(String port, long value) { sim.poke(port, value); }
    public void poke(String port, BigInteger value) { sim.poke(port, value); }
    public long peek(String port) { return sim.peek(port); }
    public BigInteger peekBig(String port) { return sim.peekBig(port); }

    /** Holds the resets high for {@code cycles} cycles (time passes for the calling thread). */
    public void reset(int cycles) {
        for (String r : options.resets()) sim.poke(r, 1);
        step(cycles);
        for (String r : options.resets()) sim.poke(r, 0);
    }

    public Simulator simulator() { return sim; }

    // ---- scheduling ---------------------------------------------------------------------

    private final class Task implements Handle {
        final String name;
        Thread thread;
        long wakeAt;
        BooleanSupplier until;
        long deadline = Long.MAX_VALUE;
        String waitingFor;
        boolean timedOut;
        volatile boolean done;

        Task(String name) { this.name = name; }

        @Override public String name() { return name; }
        @Override public boolean isDone() { return done; }

        boolean due() {
            if (done || wakeAt > cycle) return false;
            if (until == null) return true;
            if (until.getAsBoolean()) return true;
            if (cycle >= deadline) {
                timedOut = true;
                return true;
            }
            return false;
        }
    }

    private interface Code {
        void run() throws Exception;
    }

    /** Thrown inside threads that are still waiting when the testbench ends. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() { super(null, null, false, false); }
    }

    private Task newTask(String name, Code code, CountDownLatch finished) {
        Task t = new Task(name);
        tasks.add(t);
        t.thread = Thread.ofVirtual().name("tb-" + name).unstarted(() -> {
            while (current != t && !stopped) LockSupport.park(this);
            try {
                if (!stopped) code.run();
            } catch (Stop s) {
                // the testbench ended while this thread waited
            } catch (Throwable e) {
                if (failure == null) failure = e;
                stopped = true;
            } finally {
                t.done = true;
            }
            if (finished != null) {   // the main thread ends the testbench
                stopped = true;
                for (Task o : tasks) LockSupport.unpark(o.thread);
                finished.countDown();
            } else if (stopped) {
                wakeMain();
            } else {
                handOff(t, next(t));
            }
        });
        return t;
    }

    private void wakeMain() {
        Task main = tasks.getFirst();
        current = main;
        LockSupport.unpark(main.thread);
    }

    private Task self() {
        Task me = current;
        if (me == null || me.thread != Thread.currentThread()) {
            throw new SimException("testbench call from outside its threads; use tb.fork(...) to run concurrent code");
        }
        return me;
    }

    /** The calling task waits; others (or a new cycle) run until it is due again. */
    private void yieldFrom(Task me) {
        Task next = next(me);
        if (next != me) handOff(me, next);
        if (stopped) throw new Stop();
    }

    /** The next due task after {@code from} in this cycle; when none is left the clock advances. */
    private Task next(Task from) {
        int start = tasks.indexOf(from) + 1;
        for (;;) {
            for (int i = start; i < tasks.size(); i++) if (tasks.get(i).due()) return tasks.get(i);
            sim.step();
            cycle++;
            if (cycle > options.maxCycles()) {
                failure = new SimException("testbench ran past its limit of " + options.maxCycles() + " cycles; " + waiting());
                stopped = true;
                return tasks.getFirst();
            }
            start = 0;
        }
    }

    private void handOff(Task from, Task to) {
        switches++;
        current = to;
        LockSupport.unpark(to.thread);
        if (from.done) return;
        while (current != from && !stopped) LockSupport.park(this);
    }

    private String waiting() {
        List<String> w = new ArrayList<>();
        for (Task t : tasks) if (!t.done) w.add(t.name + (t.waitingFor == null ? " (sleeping)" : " waiting for " + t.waitingFor));
        return "threads: " + String.join(", ", w) + "; " + watched();
    }

    private String watched() {
        List<String> parts = new ArrayList<>();
        for (String p : options.watch()) {
            try {
                parts.add(p + "=" + sim.peekBig(p));
            } catch (RuntimeException e) {
                parts.add(p + "=?");
            }
        }
        return parts.isEmpty() ? "no watched ports" : "watched: " + String.join(", ", parts);
    }

    private RuntimeException failed(Throwable t) {
        String where = "testbench failed at cycle " + cycle + " (" + describe.get() + "): ";
        if (t instanceof AssertionError a) throw new AssertionError(where + a.getMessage(), a);
        SimException e = new SimException(where + t.getMessage());
        e.initCause(t);
        return e;
    }
}
