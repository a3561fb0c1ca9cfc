package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarrySaveAdderTest {
    private static Interpreter sim(int width) {
        return new Interpreter(Elaborator.elaborate(() -> new CarrySaveAdder(new AdderParams(width))));
    }

    @Test
    void sumPlusTwiceCarryEqualsTheInputsForEveryThreeBitTriple() {
        Interpreter sim = sim(3);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                for (int z = 0; z < 8; z++) check(sim, BigInteger.valueOf(x), BigInteger.valueOf(y), BigInteger.valueOf(z));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 64, 130})
    void sumPlusTwiceCarryEqualsTheInputsOnRandomAndEdgeWords(int width) {
        Random rnd = Stimulus.random("CarrySaveAdder w" + width);
        Interpreter sim = sim(width);
        List<BigInteger> v = Stimulus.unsigned(width, 30, rnd);
        for (BigInteger x : v) {
            for (BigInteger y : v.subList(0, 5)) check(sim, x, y, v.get(rnd.nextInt(v.size())));
            check(sim, x, v.get(rnd.nextInt(v.size())), v.get(rnd.nextInt(v.size())));
        }
    }

    private static void check(Interpreter sim, BigInteger x, BigInteger y, BigInteger z) {
        sim.poke("x", x);
        sim.poke("y", y);
        sim.poke("z", z);
        BigInteger sum = sim.peekBig("sum"), carry = sim.peekBig("carry");
        String in = "x=" + x + " y=" + y + " z=" + z + " -> sum=" + sum + " carry=" + carry;
        assertEquals(x.add(y).add(z), sum.add(carry.shiftLeft(1)), "sum + 2*carry for " + in);
        BigInteger[] want = CarrySaveAdder.model(x, y, z);
        assertEquals(want[0], sum, "sum (bitwise parity) for " + in);
        assertEquals(want[1], carry, "carry (bitwise majority) for " + in);
    }
}
