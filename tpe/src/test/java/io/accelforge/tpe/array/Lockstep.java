package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.sim.Simulator;
import java.util.List;

/**
 * Runs an array in a simulator and its cycle-exact model side by side: each cycle the same
 * inputs go to both, and every result lane and the valid flag must agree. Returns what the
 * array showed, for {@link ArrayGemmPlan#assemble}.
 */
final class Lockstep {
    private Lockstep() {}

    /** What the array showed: lanes[cycle][lane] and valid[cycle]. */
    record Trace(long[][] lanes, boolean[] valid) {
        long value(int cycle, int lane) { return lanes[cycle][lane]; }

        /** Index of the last cycle with cValid high, plus one (0 when it never was). */
        int cyclesToLastValid() {
            for (int c = valid.length - 1; c >= 0; c--) if (valid[c]) return c + 1;
            return 0;
        }

        int validCount() {
            int n = 0;
            for (boolean v : valid) if (v) n++;
            return n;
        }
    }

    /** {@code inputs} from cycle 0, then idle cycles up to {@code cycles}. */
    static <I> Trace run(Simulator sim, ArrayModel<I> model, ArrayPorts<I> ports, List<I> inputs, int cycles, String what) {
        long[][] lanes = new long[cycles][ports.lanes()];
        boolean[] valid = new boolean[cycles];
        I idle = model.idle();
        for (int c = 0; c < cycles; c++) {
            I in = c < inputs.size() ? inputs.get(c) : idle;
            ports.drive(sim, in);
            valid[c] = sim.peek("cValid") != 0;
            assertEquals(model.cValid(), valid[c], what + ": cValid at cycle " + c + " (model expected, RTL actual)");
            for (int l = 0; l < ports.lanes(); l++) {
                lanes[c][l] = sim.peek(ports.lanePort(l));
                if (model.lane(l) != lanes[c][l]) {
                    assertEquals(model.lane(l), lanes[c][l], what + ": " + ports.lanePort(l) + " at cycle " + c + " (cValid " + valid[c] + "; model expected, RTL actual)");
                }
            }
            model.clock(in);
            sim.step();
        }
        return new Trace(lanes, valid);
    }
}
