package io.accelforge.rtl.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.testing.ExprForest;
import io.accelforge.rtl.testing.RandomExprs;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The interpreter computes every operator as defined: random expression trees over UInt and
 * SInt inputs of 1..130 bits, checked against a BigInteger reference written from the
 * operator definitions (testing.RandomExprs), not from the interpreter.
 */
class OperatorSemanticsTest {
    private static final int FORESTS = 60;
    private static final int OUTPUTS = 40;
    private static final int VECTORS = 50;

    @Test void everyOperatorMatchesTheReferenceOnRandomTrees() {
        Random rnd = Stimulus.random("OperatorSemanticsTest");
        Set<String> used = new TreeSet<>();
        for (int f = 0; f < FORESTS; f++) {
            long seed = rnd.nextLong();
            ExprForest[] built = new ExprForest[1];
            Design d = Elaborator.elaborate(() -> built[0] = new ExprForest(seed, 12, OUTPUTS, 4));
            ExprForest forest = built[0];
            used.addAll(forest.operatorsUsed());
            Interpreter sim = new Interpreter(d);
            for (int v = 0; v < VECTORS; v++) {
                BigInteger[] x = pokeRandomInputs(sim, forest, rnd);
                for (int o = 0; o < forest.outputs(); o++) {
                    BigInteger want = forest.expected(o, x);
                    BigInteger got = sim.peekBig(forest.out.get(o).name());
                    if (!want.equals(got)) assertEquals(want, got, failure(forest, seed, o, x));
                }
            }
        }
        Set<String> missing = new TreeSet<>(RandomExprs.OPERATORS);
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "operators never generated (raise FORESTS): " + missing);
    }

    static BigInteger[] pokeRandomInputs(Interpreter sim, ExprForest forest, Random rnd) {
        BigInteger[] x = new BigInteger[forest.in.size()];
        for (int i = 0; i < x.length; i++) {
            Signal in = forest.in.get(i);
            x[i] = RandomExprs.randomValue(in.type(), rnd);
            sim.poke(in.name(), x[i]);
        }
        return x;
    }

    static String failure(ExprForest forest, long seed, int o, BigInteger[] x) {
        List<String> ins = new ArrayList<>();
        for (int i = 0; i < x.length; i++) ins.add(forest.in.get(i).name() + ":" + forest.in.get(i).type() + "=" + x[i]);
        return "ExprForest(seed " + seed + ") output " + forest.out.get(o).name() + " " + forest.out.get(o).type() + " = "
                + forest.describe(o) + "\n  inputs " + ins;
    }
}
