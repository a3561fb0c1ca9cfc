package io.accelforge.rtl;

import io.accelforge.rtl.blocks.MacCell;
import io.accelforge.rtl.blocks.MacCellParams;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test void prints() {
        Design d = Elaborator.elaborate(() -> new MacCell(new MacCellParams(8, 32)));
        Interpreter sim = new Interpreter(d);
        sim.reset(1);
        sim.poke("en", 1);
        sim.poke("a", -3); sim.poke("b", 7);
        sim.step(); sim.step();
        System.out.println("acc=" + sim.peek("acc") + " aOut=" + sim.peek("aOut"));
        sim.poke("clear", 1); sim.step();
        System.out.println("acc=" + sim.peek("acc"));
    }
}
