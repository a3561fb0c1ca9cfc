package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.testing.Stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RippleAdderTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 8, 64, 130})
    void addsWithCarryInAndOutLikeTheModel(int width) {
        Random rnd = Stimulus.random("RippleAdder w" + width);
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new RippleAdder(new AdderParams(width))));
        List<BigInteger> values = Stimulus.unsigned(width, 60, rnd);
        for (BigInteger a : values) {
            for (int k = 0; k < 6; k++) {
                BigInteger b = values.get(rnd.nextInt(values.size()));
                int cin = rnd.nextInt(2);
                sim.poke("a", a);
                sim.poke("b", b);
                sim.poke("cin", cin);
                BigInteger[] want = RippleAdder.model(a, b, cin, width);
                String in = "a=" + a + " b=" + b + " cin=" + cin;
                assertEquals(want[0], sim.peekBig("sum"), "sum for " + in);
                assertEquals(want[1], sim.peekBig("cout"), "cout for " + in);
            }
        }
    }
}
