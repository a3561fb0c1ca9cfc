package io.accelforge.rtl.blocks.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.math.BigInteger;

/** Drives a {@link SyncFifo} in the interpreter and its {@link FifoModel} side by side, checking every output every cycle. */
final class FifoBench {
    final FifoParams p;
    final Interpreter sim;
    final FifoModel model;
    private final String label;

    FifoBench(FifoParams p, String label) {
        this.p = p;
        this.label = label;
        this.sim = new Interpreter(Elaborator.elaborate(() -> new SyncFifo(p)));
        this.model = new FifoModel(p);
        sim.reset(2);
    }

    /** Checks the outputs against the model, then takes one clock edge with these inputs. */
    void cycle(boolean push, BigInteger data, boolean pop) {
        sim.poke("push", push ? 1 : 0);
        sim.poke("pushData", data);
        sim.poke("pop", pop ? 1 : 0);
        check("push=" + push + " data=" + data + " pop=" + pop);
        sim.step();
        model.step(push, data, pop);
    }

    void cycle(boolean push, long data, boolean pop) { cycle(push, BigInteger.valueOf(data), pop); }

    void check(String inputs) {
        String at = label + " cycle " + sim.cycle() + " (" + inputs + ", model holds " + model.count() + ")";
        assertEquals(model.count(), sim.peek("count"), "count at " + at);
        assertEquals(model.full() ? 1 : 0, sim.peek("full"), "full at " + at);
        assertEquals(model.empty() ? 1 : 0, sim.peek("empty"), "empty at " + at);
        if (!model.empty()) assertEquals(model.popData(), sim.peekBig("popData"), "popData at " + at);
    }

    long count() { return sim.peek("count"); }
    boolean empty() { return sim.peek("empty") == 1; }
    boolean full() { return sim.peek("full") == 1; }
    long head() { return sim.peek("popData"); }
}
