package io.accelforge.rtl.hcl;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** select() and Vec.read(): element {@code index}, and the last element for any index past the end. */
class SelectTest {
    /** out = items[idx] over constants 10, 11, ..., one per item. */
    static final class Pick extends Module {
        final Input idx;
        final Output out = output(UInt(8));
        final Output viaVec = output(UInt(8));

        Pick(int items, int indexWidth) {
            idx = input(UInt(indexWidth));
            Vec<Value> consts = vec(items, i -> UInt(8).lit(10 + i));
            out.set(Hcl.select(idx, consts.asList()));
            viaVec.set(consts.read(idx));
        }

        @Override public String moduleName() { return "Pick"; }
    }

    @ParameterizedTest(name = "{0} items, {1}-bit index")
    @CsvSource({"1, 1", "2, 1", "3, 2", "3, 4", "4, 3", "5, 3", "5, 4", "6, 3", "7, 3", "7, 5", "9, 4"})
    void selectsTheItemAtTheIndexAndTheLastItemForEveryIndexPastTheEnd(int items, int indexWidth) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Pick(items, indexWidth)));
        for (int i = 0; i < (1 << indexWidth); i++) {
            sim.poke("idx", i);
            long want = 10 + Math.min(i, items - 1);
            assertEquals(want, sim.peek("out"), "select of " + items + " items at index " + i);
            assertEquals(want, sim.peek("viaVec"), "Vec.read of " + items + " items at index " + i);
        }
    }

    @ParameterizedTest(name = "{0}-bit index")
    @CsvSource({"31", "33", "40", "64"})
    void anIndexWiderThan31BitsStillSelectsByItsValue(int indexWidth) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Pick(3, indexWidth)));
        long[][] cases = {{0, 10}, {1, 11}, {2, 12}, {3, 12}};
        for (long[] c : cases) {
            sim.poke("idx", c[0]);
            assertEquals(c[1], sim.peek("out"), "select of 3 items at index " + c[0] + " (" + indexWidth + "-bit index)");
        }
        BigInteger top = BigInteger.ONE.shiftLeft(indexWidth - 1);
        sim.poke("idx", top);
        assertEquals(12, sim.peek("out"), "select of 3 items at index 2^" + (indexWidth - 1));
    }
}
