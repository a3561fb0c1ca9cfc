package io.accelforge.sim.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.sim.SimException;
import io.accelforge.sim.ClockSpec;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestbenchTest {
    private static final Design COUNTER = Elaborator.elaborate(Designs.Counter::new);

    private static void onInterpreter(Testbench.Body body) {
        Testbench.run(new Interpreter(COUNTER), TbOptions.of(List.of("rst"), List.of("count", "done")), () -> "interpreter", body);
    }

    @Test void threadsRunInCreationOrderWithinEachCycle() {
        List<String> log = new ArrayList<>();
        onInterpreter(tb -> {
            Testbench.Handle a = tb.fork("a", t -> {
                for (int i = 0; i < 3; i++) {
                    log.add("a" + t.cycle());
                    t.step();
                }
            });
            Testbench.Handle b = tb.fork("b", t -> {
                for (int i = 0; i < 3; i++) {
                    log.add("b" + t.cycle());
                    t.step();
                }
            });
            log.add("main" + tb.cycle());
            tb.join(a, b);
        });
        assertEquals(List.of("main0", "a0", "b0", "a1", "b1", "a2", "b2"), log);
    }

    @Test void aForkedDriverAndAMonitorSeeTheSameCycles() {
        List<Long> seen = new ArrayList<>();
        onInterpreter(tb -> {
            tb.reset(1);
            tb.fork("driver", t -> {
                t.poke("en", 1);
                t.step(5);
                t.poke("en", 0);
            });
            Testbench.Handle monitor = tb.fork("monitor", t -> {
                for (int i = 0; i < 7; i++) {
                    seen.add(t.peek("count"));
                    t.step();
                }
            });
            tb.join(monitor);
        });
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 5L), seen);
    }

    @Test void waitUntilReturnsInTheCycleTheConditionHolds() {
        onInterpreter(tb -> {
            tb.reset(1);
            tb.poke("en", 1);
            long start = tb.cycle();
            tb.waitUntil("done", 1, 100);
            assertEquals(10, tb.cycle() - start);
            assertEquals(10, tb.peek("count"));
        });
    }

    @Test void timeoutNamesTheCycleTheConditionAndTheWatchedPorts() {
        SimException e = assertThrows(SimException.class, () -> onInterpreter(tb -> {
            tb.reset(1);
            tb.waitUntil("done", 1, 20);
        }));
        assertTrue(e.getMessage().contains("timeout at cycle 21: waited 20 cycles for 'done' == 1"), e.getMessage());
        assertTrue(e.getMessage().contains("watched: count=0, done=0"), e.getMessage());
        assertTrue(e.getMessage().contains("(interpreter)"), e.getMessage());
    }

    @Test void aFailingForkedThreadFailsTheRunWithItsCycle() {
        AssertionError e = assertThrows(AssertionError.class, () -> onInterpreter(tb -> {
            tb.fork("checker", t -> {
                t.step(3);
                throw new AssertionError("bad value");
            });
            tb.step(100);
        }));
        assertTrue(e.getMessage().startsWith("testbench failed at cycle 3 (interpreter): bad value"), e.getMessage());
    }

    @Test void runsAreDeterministic() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> log : List.of(first, second)) {
            onInterpreter(tb -> {
                for (int k = 0; k < 4; k++) {
                    int id = k;
                    tb.fork(t -> {
                        for (int i = 0; i < 5; i++) {
                            log.add(id + "@" + t.cycle());
                            t.step(1 + (id + i) % 3);
                        }
                    });
                }
                tb.step(30);
            });
        }
        assertEquals(first, second);
    }

    @Test void clocksRunWithTheirOwnPeriodsAndPhases() {
        Design d = Elaborator.elaborate(Designs.TwoClocks::new);
        SimOptions o = SimOptions.defaults().withClocks(List.of(new ClockSpec("clk", 10, 0), new ClockSpec("fast_clk", 4, 1)));
        try (VerilatorSim sim = VerilatorSim.open(d, o)) {
            sim.reset(1);
            long slow0 = sim.peek("slowCount"), fast0 = sim.peek("fastCount");
            sim.run(20);   // 200 time units: 20 slow edges, 50 fast edges
            assertEquals(20, sim.peek("slowCount") - slow0);
            assertEquals(50, sim.peek("fastCount") - fast0);
        }
    }

    @Test void randomInitialStateFollowsTheSeed() {
        Design d = Elaborator.elaborate(Designs.Uninitialised::new);
        long[] values = new long[3];
        long[] seeds = {11, 11, 12};
        for (int i = 0; i < 3; i++) {
            try (VerilatorSim sim = VerilatorSim.open(d, SimOptions.defaults().withRandomInit(seeds[i]))) {
                values[i] = sim.peek("q");
            }
        }
        assertEquals(values[0], values[1], "same seed, same initial state");
        assertNotEquals(values[0], values[2], "another seed, another initial state");
    }

    @Test void aVerilatorFailureNamesTheSeedToReplay() {
        AssertionError e = assertThrows(AssertionError.class, () -> VerilatorBench.run(COUNTER, tb -> {
            tb.step();
            throw new AssertionError("boom");
        }));
        assertTrue(e.getMessage().matches("testbench failed at cycle 1 \\(seed \\d+; replay with -Daccelforge.seed=\\d+\\): boom"), e.getMessage());
    }
}
