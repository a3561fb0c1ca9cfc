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

class Compressor42Test {
    private static Interpreter sim(int width) {
        return new Interpreter(Elaborator.elaborate(() -> new Compressor42(new AdderParams(width))));
    }

    @Test
    void weightedOutputsEqualTheInputsForEveryTwoBitCombination() {
        Interpreter sim = sim(2);
        for (int bits = 0; bits < 512; bits++) {
            check(sim, 2, big(bits & 3), big(bits >> 2 & 3), big(bits >> 4 & 3), big(bits >> 6 & 3), bits >> 8);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16, 65})
    void weightedOutputsEqualTheInputsOnRandomAndEdgeWords(int width) {
        Random rnd = Stimulus.random("Compressor42 w" + width);
        Interpreter sim = sim(width);
        List<BigInteger> v = Stimulus.unsigned(width, 30, rnd);
        for (BigInteger x : v) {
            for (BigInteger y : v.subList(0, 5)) check(sim, width, x, y, pick(v, rnd), pick(v, rnd), rnd.nextInt(2));
            check(sim, width, x, x, x, x, 1);
        }
    }

    @Test
    void carryOutDoesNotDependOnCarryIn() {
        Random rnd = Stimulus.random("Compressor42 cout vs cin");
        Interpreter sim = sim(16);
        for (int k = 0; k < 200; k++) {
            for (String port : new String[] {"x", "y", "z", "w"}) sim.poke(port, new BigInteger(16, rnd));
            sim.poke("cin", 0);
            long without = sim.peek("cout");
            sim.poke("cin", 1);
            assertEquals(without, sim.peek("cout"), "cout changed with cin (case " + k + ")");
        }
    }

    private static void check(Interpreter sim, int width, BigInteger x, BigInteger y, BigInteger z, BigInteger w, int cin) {
        sim.poke("x", x);
        sim.poke("y", y);
        sim.poke("z", z);
        sim.poke("w", w);
        sim.poke("cin", cin);
        BigInteger sum = sim.peekBig("sum"), carry = sim.peekBig("carry"), cout = sim.peekBig("cout");
        String in = "x=" + x + " y=" + y + " z=" + z + " w=" + w + " cin=" + cin + " -> sum=" + sum + " carry=" + carry + " cout=" + cout;
        BigInteger inputs = x.add(y).add(z).add(w).add(big(cin));
        assertEquals(inputs, sum.add(carry.shiftLeft(1)).add(cout.shiftLeft(width)), "sum + 2*carry + 2^W*cout for " + in);
        BigInteger[] want = Compressor42.model(x, y, z, w, cin, width);
        assertEquals(want[0], sum, "sum for " + in);
        assertEquals(want[1], carry, "carry for " + in);
        assertEquals(want[2], cout, "cout for " + in);
    }

    private static BigInteger pick(List<BigInteger> v, Random rnd) { return v.get(rnd.nextInt(v.size())); }

    private static BigInteger big(long v) { return BigInteger.valueOf(v); }
}
