package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The output-stationary PE against its cycle model. */
class OsPeTest {
    static Stream<PeParams> pes() {
        return Stream.of(new PeParams(Precision.INT8, true, PeKind.PLAIN, 32), new PeParams(Precision.INT8, true, PeKind.OPT1, 32),
                new PeParams(Precision.INT4, false, PeKind.OPT1, 8), new PeParams(Precision.INT16, false, PeKind.PLAIN, 40),
                new PeParams(Precision.INT16, true, PeKind.OPT1, 36), new PeParams(Precision.INT4, true, PeKind.PLAIN, 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pes")
    void followsTheModelThroughRandomMultiplyAccumulatesRestartsAndShifts(PeParams p) {
        Random rnd = Operands.random("OsPeTest " + p);
        PeArithmetic arith = p.arithmetic();
        OsPeModel model = new OsPeModel(p);
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new OsPe(p)))) {
            for (int c = 0; c < 600; c++) {
                long a = Operands.value(p.precision(), p.signed(), rnd), b = Operands.value(p.precision(), p.signed(), rnd);
                boolean valid = rnd.nextInt(4) != 0, first = rnd.nextInt(12) == 0, shift = rnd.nextInt(20) == 0;
                long accIn = arith.model(rnd.nextLong() >>> 8, 0, 0);
                sim.poke("a", a);
                sim.poke("b", b);
                sim.poke("valid", valid ? 1 : 0);
                sim.poke("first", first ? 1 : 0);
                sim.poke("shift", shift ? 1 : 0);
                StoredAcc.poke(sim, "accIn", arith, accIn, rnd);
                sim.step();
                model.step(a, b, valid, first, shift, accIn);
                String at = p + " after cycle " + c + " (a=" + a + " b=" + b + " valid=" + valid + " first=" + first + " shift=" + shift + " accIn=" + accIn + ")";
                assertEquals(model.acc(), StoredAcc.peek(sim, "accOut", arith), "acc " + at);
                assertEquals(model.aOut(), sim.peek("aOut"), "aOut " + at);
                assertEquals(model.bOut(), sim.peek("bOut"), "bOut " + at);
                assertEquals(model.validOut() ? 1 : 0, sim.peek("validOut"), "validOut " + at);
                assertEquals(model.firstOut() ? 1 : 0, sim.peek("firstOut"), "firstOut " + at);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pes")
    void shiftTakesTheAccumulatorFromAboveInsteadOfMultiplyAccumulating(PeParams p) {
        Random rnd = Operands.random("OsPeTest shift " + p);
        PeArithmetic arith = p.arithmetic();
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new OsPe(p)))) {
            for (List<Integer> ctl : List.of(List.of(1, 0), List.of(1, 1))) {
                sim.poke("a", 3);
                sim.poke("b", 5);
                sim.poke("valid", ctl.get(0));
                sim.poke("first", ctl.get(1));
                sim.poke("shift", 1);
                StoredAcc.poke(sim, "accIn", arith, 77, rnd);
                sim.step();
                assertEquals(77, StoredAcc.peek(sim, "accOut", arith), p + ": shift with valid=" + ctl.get(0) + " first=" + ctl.get(1));
            }
        }
    }
}
