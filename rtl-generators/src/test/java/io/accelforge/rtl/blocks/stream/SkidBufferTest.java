package io.accelforge.rtl.blocks.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkidBufferTest {
    private static Interpreter sim(int width) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new SkidBuffer(new SkidBufferParams(width))));
        sim.reset(2);
        return sim;
    }

    private static void drive(Interpreter sim, boolean inValid, BigInteger inData, boolean outReady) {
        sim.poke("in_valid", inValid ? 1 : 0);
        sim.poke("in_data", inData);
        sim.poke("out_ready", outReady ? 1 : 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 300})
    void matchesTheCycleModelOnRandomValidAndReady(int width) {
        Random rnd = Stimulus.random("SkidBuffer model w" + width);
        Interpreter sim = sim(width);
        SkidBufferModel model = new SkidBufferModel();
        for (int cycle = 0; cycle < 4000; cycle++) {
            boolean inValid = rnd.nextInt(4) != 0, outReady = rnd.nextInt(3) != 0;
            BigInteger data = new BigInteger(width, rnd);
            drive(sim, inValid, data, outReady);
            String at = "cycle " + cycle + " (in_valid=" + inValid + " out_ready=" + outReady + ")";
            assertEquals(model.inReady() ? 1 : 0, sim.peek("in_ready"), "in_ready at " + at);
            assertEquals(model.outValid() ? 1 : 0, sim.peek("out_valid"), "out_valid at " + at);
            if (model.outValid()) assertEquals(model.outData(), sim.peekBig("out_data"), "out_data at " + at);
            sim.step();
            model.step(inValid, data, outReady);
        }
    }

    @Test
    void deliversEveryWordOnceAndInOrderUnderRandomBackpressure() {
        Random rnd = Stimulus.random("SkidBuffer scoreboard");
        Interpreter sim = sim(16);
        long nextToSend = 0, nextExpected = 0;
        boolean offering = false;
        for (int cycle = 0; cycle < 6000; cycle++) {
            // a well-behaved source: once valid, it holds valid and data until the word is taken
            if (!offering) offering = rnd.nextInt(3) != 0;
            boolean outReady = rnd.nextInt(5) < (cycle / 1000 % 2 == 0 ? 4 : 1);
            drive(sim, offering, BigInteger.valueOf(nextToSend & 0xFFFF), outReady);
            boolean sent = offering && sim.peek("in_ready") == 1;
            if (sim.peek("out_valid") == 1 && outReady) {
                assertEquals(nextExpected & 0xFFFF, sim.peek("out_data"), "word delivered at cycle " + cycle + " (lost, duplicated or reordered)");
                nextExpected++;
            }
            sim.step();
            if (sent) {
                nextToSend++;
                offering = false;
            }
        }
        assertTrue(nextExpected > 2000, "words delivered in 6000 cycles: " + nextExpected);
        assertTrue(nextToSend - nextExpected <= 2, "words inside the buffer at the end (at most 2): " + (nextToSend - nextExpected));
    }

    @Test
    void outputHoldsValidAndDataUntilTaken() {
        Random rnd = Stimulus.random("SkidBuffer output stability");
        Interpreter sim = sim(8);
        for (int cycle = 0; cycle < 3000; cycle++) {
            boolean outReady = rnd.nextInt(3) == 0;
            drive(sim, rnd.nextBoolean(), BigInteger.valueOf(rnd.nextInt(256)), outReady);
            long valid = sim.peek("out_valid"), data = sim.peek("out_data");
            sim.step();
            if (valid == 1 && !outReady) {
                assertEquals(1, sim.peek("out_valid"), "out_valid dropped without a transfer at cycle " + cycle);
                assertEquals(data, sim.peek("out_data"), "out_data changed without a transfer at cycle " + cycle);
            }
        }
    }

    @Test
    void movesOneWordPerCycleWhenTheSinkIsAlwaysReady() {
        Interpreter sim = sim(32);
        List<Long> received = new ArrayList<>();
        for (int cycle = 0; cycle < 100; cycle++) {
            drive(sim, true, BigInteger.valueOf(cycle), true);
            assertEquals(1, sim.peek("in_ready"), "in_ready at cycle " + cycle + " with the sink always ready");
            if (sim.peek("out_valid") == 1) received.add(sim.peek("out_data"));
            sim.step();
        }
        assertEquals(99, received.size(), "words out in 100 cycles (one cycle of latency)");
        for (int i = 0; i < received.size(); i++) assertEquals(i, received.get(i), "word " + i);
    }

    @Test
    void absorbsTheWordSentWhileTheSinkStallsThenDrainsBoth() {
        Interpreter sim = sim(8);
        drive(sim, true, BigInteger.valueOf(1), false);
        sim.step();
        drive(sim, true, BigInteger.valueOf(2), false);
        assertEquals(1, sim.peek("in_ready"), "in_ready with one word held");
        sim.step();
        assertEquals(0, sim.peek("in_ready"), "in_ready with both entries full");
        drive(sim, true, BigInteger.valueOf(3), true);
        assertEquals(1, sim.peek("out_data"), "first word out");
        sim.step();
        assertEquals(2, sim.peek("out_data"), "skid word out next");
        assertEquals(1, sim.peek("in_ready"), "in_ready once the skid word moved to the output");
    }

    @Test
    void inReadyDoesNotDependCombinationallyOnOutReadyByStructure() {
        Design d = Elaborator.elaborate(() -> new SkidBuffer(new SkidBufferParams(8)));
        SkidBuffer top = (SkidBuffer) d.top();
        assertEquals(Set.of(), CombinationalCone.inputsReaching(d, top.in.ready), "inputs reaching in_ready combinationally");
        assertEquals(Set.of(), CombinationalCone.inputsReaching(d, top.out.valid), "inputs reaching out_valid combinationally");
        assertEquals(Set.of(), CombinationalCone.inputsReaching(d, top.out.data), "inputs reaching out_data combinationally");
    }

    @Test
    void inReadyDoesNotDependCombinationallyOnOutReadyByBehaviour() {
        Random rnd = Stimulus.random("SkidBuffer comb independence");
        Interpreter sim = sim(8);
        for (int cycle = 0; cycle < 1000; cycle++) {
            long ready = sim.peek("in_ready"), valid = sim.peek("out_valid"), data = sim.peek("out_data");
            for (int outReady = 0; outReady < 2; outReady++) {
                for (int inValid = 0; inValid < 2; inValid++) {
                    drive(sim, inValid == 1, BigInteger.valueOf(0xA5), outReady == 1);
                    String in = " at cycle " + cycle + " with out_ready=" + outReady + " in_valid=" + inValid;
                    assertEquals(ready, sim.peek("in_ready"), "in_ready" + in);
                    assertEquals(valid, sim.peek("out_valid"), "out_valid" + in);
                    assertEquals(data, sim.peek("out_data"), "out_data" + in);
                }
            }
            drive(sim, rnd.nextBoolean(), BigInteger.valueOf(rnd.nextInt(256)), rnd.nextBoolean());
            sim.step();
        }
    }

    @Test
    void rejectsWidthZero() {
        assertThrows(ParamException.class, () -> new SkidBufferParams(0));
    }
}
