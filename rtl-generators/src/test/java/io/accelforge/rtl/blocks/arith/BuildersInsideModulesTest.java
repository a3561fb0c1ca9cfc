package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pure builders compose inside any module, as the tensor-engine PEs will use them. */
class BuildersInsideModulesTest {
    /** Sum of three mixed operands through the list form of the tree: one UInt and two SInts, extended by their own signedness. */
    static final class ThreeRows extends Module {
        final Input x = input(UInt(6)), y = input(SInt(5)), z = input(SInt(7));
        final Output sum = output(UInt(9));

        ThreeRows(TreeKind kind) {
            sum.set(CompressorTree.reduce(List.of(x, y, z), 9, kind).sum(PrefixNetwork.SKLANSKY));
        }
    }

    /**
     * A compressed-accumulation MAC (the tensor engines' OPT1 PE): Booth rows of a*b and
     * the accumulator's two carry-save rows go into one heap and one tree; the accumulator
     * stays redundant, and a prefix adder only reads it out.
     */
    static final class CarrySaveMac extends Module {
        final Input a = input(SInt(8)), b = input(SInt(8));
        final Output acc = output(SInt(24));
        final Reg accX = reg(UInt(24)).init(0), accY = reg(UInt(24)).init(0);

        CarrySaveMac() {
            BitHeap heap = Booth.addToHeap(new BitHeap(24), Booth.partialProducts(a, Booth.digits(b)));
            heap.addUnsigned(accX, 0).addUnsigned(accY, 0);
            RowPair next = CompressorTree.reduce(heap, TreeKind.DADDA);
            accX.set(next.x());
            accY.set(next.y());
            acc.set(new RowPair(accX, accY).sum(PrefixNetwork.KOGGE_STONE).asSInt());
        }
    }

    @Test
    void listFormOfTheTreeExtendsEachRowByItsOwnSignedness() {
        for (TreeKind kind : TreeKind.values()) {
            Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new ThreeRows(kind)));
            for (long x = 0; x < 64; x += 7) {
                for (long y = -16; y < 16; y += 3) {
                    for (long z = -64; z < 64; z += 5) {
                        sim.poke("x", x);
                        sim.poke("y", y);
                        sim.poke("z", z);
                        long want = Math.floorMod(x + y + z, 512);
                        assertEquals(want, sim.peek("sum"), kind + ": x=" + x + " y=" + y + " z=" + z);
                    }
                }
            }
        }
    }

    @Test
    void carrySaveAccumulatorHoldsTheRunningSumOfSignedProducts() {
        Random rnd = Stimulus.random("CarrySaveMac");
        Interpreter sim = new Interpreter(Elaborator.elaborate(CarrySaveMac::new));
        sim.reset(1);
        List<Long> values = Stimulus.signed(8, 60, rnd);
        BigInteger want = BigInteger.ZERO;
        for (int t = 0; t < 400; t++) {
            long a = values.get(rnd.nextInt(values.size())), b = t < 20 ? -128 : values.get(rnd.nextInt(values.size()));
            sim.poke("a", a);
            sim.poke("b", b);
            sim.step();
            want = want.add(BigInteger.valueOf(a * b));
            long wrapped = want.add(BigInteger.ONE.shiftLeft(23)).mod(BigInteger.ONE.shiftLeft(24)).subtract(BigInteger.ONE.shiftLeft(23)).longValueExact();
            assertEquals(wrapped, sim.peek("acc"), "accumulator after cycle " + t + " (last a=" + a + " b=" + b + ")");
        }
    }
}
