package io.accelforge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.blocks.mac.MacGrid;
import io.accelforge.rtl.blocks.mac.MacGridParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerilatorSimTest {
    @Test void macGridMatchesTheInterpreterCycleByCycle() {
        Design d = Elaborator.elaborate(() -> new MacGrid(new MacGridParams(3, 3, 8, 32)));
        Random rnd = new Random(1);
        try (VerilatorSim v = VerilatorSim.open(d); Interpreter j = new Interpreter(d)) {
            v.reset(2);
            j.reset(2);
            for (int c = 0; c < 500; c++) {
                for (int i = 0; i < 3; i++) {
                    long a = rnd.nextInt(256) - 128, b = rnd.nextInt(256) - 128;
                    v.poke("aIn_" + i, a); j.poke("aIn_" + i, a);
                    v.poke("bIn_" + i, b); j.poke("bIn_" + i, b);
                }
                long en = rnd.nextInt(4) == 0 ? 0 : 1, clr = rnd.nextInt(50) == 0 ? 1 : 0;
                v.poke("en", en); j.poke("en", en);
                v.poke("clear", clr); j.poke("clear", clr);
                v.step();
                j.step();
                for (int k = 0; k < 9; k++) assertEquals(j.peek("acc_" + k), v.peek("acc_" + k), "acc_" + k + " at cycle " + c);
            }
        }
    }
}
