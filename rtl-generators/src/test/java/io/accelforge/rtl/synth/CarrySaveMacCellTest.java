package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.mac.MacCell;
import io.accelforge.rtl.blocks.mac.MacCellParams;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tpe anchor's experiment: a MAC whose accumulator stays in carry-save form against the
 * plain MAC cell, bit-identical, then through the same PPA flow.
 */
class CarrySaveMacCellTest {
    @ParameterizedTest
    @ValueSource(ints = {18, 32})
    void accumulatesExactlyLikeThePlainMacCell(int accWidth) {
        Random rnd = Stimulus.random("CarrySaveMacCell acc" + accWidth);
        MacCellParams p = new MacCellParams(8, accWidth);
        Interpreter cs = new Interpreter(Elaborator.elaborate(() -> new CarrySaveMacCell(p)));
        Interpreter plain = new Interpreter(Elaborator.elaborate(() -> new MacCell(p)));
        List<Long> operands = Stimulus.signed(8, 40, rnd);
        long model = 0;
        for (int i = 0; i < 2000; i++) {
            long a = operands.get(rnd.nextInt(operands.size())), b = operands.get(rnd.nextInt(operands.size()));
            boolean clear = rnd.nextInt(300) == 0, en = rnd.nextInt(6) != 0;
            for (Interpreter sim : List.of(cs, plain)) {
                sim.poke("a", a);
                sim.poke("b", b);
                sim.poke("en", en ? 1 : 0);
                sim.poke("clear", clear ? 1 : 0);
                sim.step();
            }
            model = clear ? 0 : en ? wrap(model + a * b, accWidth) : model;
            String at = "after MAC " + i + " (a=" + a + " b=" + b + " en=" + en + " clear=" + clear + ")";
            assertEquals(model, plain.peek("acc"), "plain MacCell " + at);
            assertEquals(model, cs.peek("acc"), "CarrySaveMacCell " + at);
        }
    }

    private static long wrap(long v, int width) { return (v << (64 - width)) >> (64 - width); }

    @Test void carrySaveAccumulationIsFasterAndShallowerWithFewerCellsAndTransistors(@TempDir Path cache) {
        PpaOptions o = new ProgressLog().options(cache);
        MacCellParams p = new MacCellParams(8, 32);
        PpaReport plain = Ppa.run(Elaborator.elaborate(() -> new MacCell(p)), o);
        PpaReport cs = Ppa.run(Elaborator.elaborate(() -> new CarrySaveMacCell(p)), o);
        String both = "\n  plain      " + plain.summary() + "\n  carry-save " + cs.summary();
        assertTrue(cs.fmaxMhz() > plain.fmaxMhz(), "faster:" + both);
        assertTrue(cs.logicDepth() < plain.logicDepth(), "shallower:" + both);
        assertTrue(cs.cells() < plain.cells(), "fewer mapped cells:" + both);
        assertTrue(cs.genericCells() < plain.genericCells(), "fewer generic cells:" + both);
        assertTrue(cs.transistors() < plain.transistors(), "fewer transistors:" + both);
        assertEquals(plain.flipFlops() + 32, cs.flipFlops(), "the carry row costs one more accumulator register:" + both);
    }
}
