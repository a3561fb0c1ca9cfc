package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The weight-/input-stationary PE against its cycle model. */
class StationaryPeTest {
    static Stream<PeParams> pes() {
        return Stream.of(new PeParams(Precision.INT8, true, PeKind.PLAIN, 20), new PeParams(Precision.INT8, true, PeKind.OPT1, 20),
                new PeParams(Precision.INT4, false, PeKind.OPT1, 8), new PeParams(Precision.INT16, false, PeKind.PLAIN, 36),
                new PeParams(Precision.INT16, true, PeKind.OPT1, 34), new PeParams(Precision.INT4, true, PeKind.PLAIN, 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pes")
    void followsTheModelThroughRandomLoadsAndStreams(PeParams p) {
        Random rnd = Operands.random("StationaryPeTest " + p);
        PeArithmetic arith = p.arithmetic();
        StationaryPeModel model = new StationaryPeModel(p);
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new StationaryPe(p)))) {
            for (int c = 0; c < 600; c++) {
                long x = Operands.value(p.precision(), p.signed(), rnd), w = Operands.value(p.precision(), p.signed(), rnd);
                boolean load = rnd.nextInt(5) == 0;
                long psumIn = arith.model(rnd.nextLong() >>> 8, 0, 0);
                sim.poke("x", x);
                sim.poke("wIn", w);
                sim.poke("load", load ? 1 : 0);
                StoredAcc.poke(sim, "psumIn", arith, psumIn, rnd);
                sim.step();
                model.step(x, w, load, psumIn);
                String at = p + " after cycle " + c + " (x=" + x + " wIn=" + w + " load=" + load + " psumIn=" + psumIn + ")";
                assertEquals(model.psum(), StoredAcc.peek(sim, "psumOut", arith), "psum " + at);
                assertEquals(model.xOut(), sim.peek("xOut"), "xOut " + at);
            }
        }
    }

    @Test void aLoadedOperandMultipliesFromTheNextCycleOn() {
        PeParams p = new PeParams(Precision.INT8, true, PeKind.OPT1, 20);
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new StationaryPe(p)))) {
            sim.poke("wIn", -128);
            sim.poke("load", 1);
            sim.poke("x", 100);
            sim.poke("psumIn_0", 0);
            sim.poke("psumIn_1", 0);
            sim.step();
            assertEquals(0, StoredAcc.peek(sim, "psumOut", p.arithmetic()), "the cycle that loads still multiplies by the old operand (0)");
            sim.poke("load", 0);
            sim.poke("wIn", 5);
            sim.step();
            assertEquals(-12800, StoredAcc.peek(sim, "psumOut", p.arithmetic()), "100 x the loaded -128");
            sim.step();
            assertEquals(-12800, StoredAcc.peek(sim, "psumOut", p.arithmetic()), "the operand stays while load is low");
        }
    }
}
