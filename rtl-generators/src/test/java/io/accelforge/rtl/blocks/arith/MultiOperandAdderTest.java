package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultiOperandAdderTest {
    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of(new CompressorTreeParams(2, 1, false, TreeKind.DADDA, PrefixNetwork.SKLANSKY)),
                Arguments.of(new CompressorTreeParams(3, 8, true, TreeKind.WALLACE, PrefixNetwork.KOGGE_STONE)),
                Arguments.of(new CompressorTreeParams(6, 8, false, TreeKind.DADDA, PrefixNetwork.BRENT_KUNG)),
                Arguments.of(new CompressorTreeParams(9, 5, true, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE)),
                Arguments.of(new CompressorTreeParams(13, 16, false, TreeKind.WALLACE, PrefixNetwork.SKLANSKY)),
                Arguments.of(new CompressorTreeParams(16, 1, true, TreeKind.WALLACE, PrefixNetwork.BRENT_KUNG)),
                Arguments.of(new CompressorTreeParams(5, 64, true, TreeKind.DADDA, PrefixNetwork.SKLANSKY)));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void sumsRandomAndEdgeOperandsExactly(CompressorTreeParams p) {
        Random rnd = Stimulus.random("MultiOperandAdder " + p);
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new MultiOperandAdder(p)));
        List<BigInteger> pool = Operands.of(p.width(), p.signed(), 40, rnd);
        // all operands equal to each edge value: the extremes of the sum
        for (BigInteger v : pool.subList(0, 5)) check(sim, p, Collections.nCopies(p.operands(), v));
        for (int k = 0; k < 150; k++) {
            List<BigInteger> xs = new ArrayList<>();
            for (int i = 0; i < p.operands(); i++) xs.add(pool.get(rnd.nextInt(pool.size())));
            check(sim, p, xs);
        }
    }

    @Test
    void treeStagesAreTheDaddaStageCountOfTheOperandCount() {
        int[][] nAndStages = {{2, 0}, {3, 1}, {4, 2}, {6, 3}, {7, 4}, {9, 4}, {13, 5}, {19, 6}, {28, 7}, {29, 8}};
        for (TreeKind kind : TreeKind.values()) {
            for (boolean signed : new boolean[] {false, true}) {
                for (int[] e : nAndStages) {
                    CompressorTreeParams p = new CompressorTreeParams(e[0], 8, signed, kind, PrefixNetwork.KOGGE_STONE);
                    MultiOperandAdder[] top = new MultiOperandAdder[1];
                    Elaborator.elaborate(() -> top[0] = new MultiOperandAdder(p));
                    assertEquals(e[1], top[0].stages(), "stages of " + p);
                }
            }
        }
    }

    private static void check(Interpreter sim, CompressorTreeParams p, List<BigInteger> xs) {
        for (int i = 0; i < xs.size(); i++) sim.poke("x_" + i, xs.get(i));
        assertEquals(MultiOperandAdder.model(xs), sim.peekBig("sum"), "sum of " + xs + " (" + p + ")");
    }
}
