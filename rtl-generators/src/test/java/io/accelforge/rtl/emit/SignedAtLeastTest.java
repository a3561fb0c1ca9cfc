package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.VerilatorHarness;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed >= and <= hold for equal values, also where both sides become constants only once
 * Verilator inlines a child instance: Verilator 5.006 rewrites $signed(x) >= C as C <= x,
 * and its DFG folds a signed <= of two constants as <, so 0 >= 0 came out false
 * (differential fuzz, seed 2026, circuit 4231).
 */
class SignedAtLeastTest {
    @TempDir Path tmp;

    /** Passes its input through: the constant it is given is a constant only after inlining. */
    static final class Pass extends Module {
        final int width;
        final Input in;
        final Output out;

        Pass(int width) {
            this.width = width;
            in = input(SInt(width));
            out = output(SInt(width));
            out.set(in);
        }

        @Override public String moduleName() { return "Pass" + width; }
    }

    static final class Comparisons extends Module {
        final Input a = input(SInt(8)), b = input(SInt(8));
        final List<Output> outs = new ArrayList<>();

        Comparisons() {
            Value zero = through(8, 0), zeroToo = through(8, 0), five = through(8, 5), fiveToo = through(8, 5), minusOne = through(8, -1);
            Value wideZero = through(70, 0), midZero = through(28, 0);
            check("zeroAtLeastZero", zero.ge(0));
            check("fiveAtMostFive", five.le(fiveToo));
            check("fiveAtLeastFive", five.ge(5));
            check("minusOneAtLeastMinusOne", minusOne.ge(-1));
            check("zeroAtLeastItsTwin", zero.ge(zeroToo));
            check("wideZeroAtLeastZero", wideZero.ge(0));
            check("midZeroAtMostZero", midZero.le(0));
            check("minusOneAtLeastZero", minusOne.ge(0));
            check("fiveAtMostZero", five.le(zero));
            check("aAtLeastB", a.ge(b));
            check("aAtMostB", a.le(b));
            check("aAtLeastZero", a.ge(0));
            check("aAtMostMinusThree", a.le(-3));
            check("minusThreeAtLeastA", SInt(8).lit(-3).ge(a));
            check("aAtLeastMin", a.ge(-128));
            check("aAtMostMax", a.le(127));
            check("aAtLeastMax", a.ge(127));
        }

        private Value through(int width, long value) {
            Pass p = instance(new Pass(width));
            p.in.set(SInt(width).lit(value));
            return p.out;
        }

        private void check(String name, Value v) {
            Output o = output(v.type()).named(name);
            o.set(v);
            outs.add(o);
        }
    }

    private static final long[][] VECTORS = {{0, 0}, {5, -3}, {-3, 5}, {-128, 127}, {127, -128}, {-3, -3}, {127, 127}, {-128, -128}};

    private static long[] expected(long a, long b) {
        return new long[] {1, 1, 1, 1, 1, 1, 1, 0, 0, bit(a >= b), bit(a <= b), bit(a >= 0), bit(a <= -3), bit(-3 >= a), 1, 1, bit(a >= 127)};
    }

    private static long bit(boolean b) { return b ? 1 : 0; }

    @Test void verilatorAndTheInterpreterAgreeWithJavaOnSignedAtLeastAndAtMost() throws Exception {
        Design d = Elaborator.elaborate(Comparisons::new);
        VerilatorHarness verilator = VerilatorHarness.build(d, tmp);
        List<String> ins = verilator.inputs().stream().map(Design.Port::name).toList();
        List<BigInteger[]> vectors = new ArrayList<>();
        for (long[] v : VECTORS) {
            BigInteger[] row = new BigInteger[ins.size()];
            for (int i = 0; i < row.length; i++) row[i] = BigInteger.valueOf(ins.get(i).equals("a") ? v[0] : ins.get(i).equals("b") ? v[1] : 0);
            vectors.add(row);
        }
        List<BigInteger[]> fromVerilator = verilator.run(vectors);
        try (Interpreter sim = new Interpreter(d)) {
            for (int k = 0; k < VECTORS.length; k++) {
                for (int i = 0; i < ins.size(); i++) sim.poke(ins.get(i), vectors.get(k)[i]);
                long[] want = expected(VECTORS[k][0], VECTORS[k][1]);
                for (int o = 0; o < verilator.outputs().size(); o++) {
                    String port = verilator.outputs().get(o).name();
                    String where = port + " for a=" + VECTORS[k][0] + " b=" + VECTORS[k][1] + " in\n" + d.verilog().get("Comparisons");
                    assertEquals(BigInteger.valueOf(want[o]), sim.peekBig(port), "interpreter: " + where);
                    assertEquals(BigInteger.valueOf(want[o]), fromVerilator.get(k)[o], "Verilator: " + where);
                }
                sim.step();
            }
        }
    }

    @Test void lintsClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(Comparisons::new), tmp);
    }
}
