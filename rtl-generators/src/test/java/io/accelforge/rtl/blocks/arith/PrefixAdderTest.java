package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrefixAdderTest {
    static Stream<Arguments> configs() {
        List<Arguments> out = new ArrayList<>();
        for (PrefixNetwork net : PrefixNetwork.values()) {
            for (int w : new int[] {1, 2, 7, 16, 64, 130}) out.add(Arguments.of(net, w));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("configs")
    void addsWithCarryInAndOutLikeTheRippleAdder(PrefixNetwork net, int width) {
        Random rnd = Stimulus.random("PrefixAdder " + net + " w" + width);
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new PrefixAdder(new PrefixAdderParams(width, net))));
        List<BigInteger> values = Stimulus.unsigned(width, 40, rnd);
        for (BigInteger a : values) {
            for (BigInteger b : values.subList(0, 5)) check(sim, a, b, rnd.nextInt(2), width);
            for (int k = 0; k < 4; k++) check(sim, a, values.get(rnd.nextInt(values.size())), rnd.nextInt(2), width);
        }
    }

    private static void check(Interpreter sim, BigInteger a, BigInteger b, int cin, int width) {
        sim.poke("a", a);
        sim.poke("b", b);
        sim.poke("cin", cin);
        BigInteger[] want = PrefixAdder.model(a, b, cin, width);
        String in = "a=" + a + " b=" + b + " cin=" + cin;
        assertEquals(want[0], sim.peekBig("sum"), "sum for " + in);
        assertEquals(want[1], sim.peekBig("cout"), "cout for " + in);
    }
}
