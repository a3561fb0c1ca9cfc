package io.accelforge.rtl.hcl;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.lit;
import static io.accelforge.rtl.hcl.Hcl.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** select(index, items): item index, and the last item for every index past the end. */
class SelectTest {
    /** y = select(idx, [10, 11, 12]) with an index of the given width. */
    static final class ThreeItems extends Module {
        final Input idx;
        final Output y = output(UInt(8));

        ThreeItems(int indexWidth) {
            idx = input(UInt(indexWidth));
            y.set(select(idx, List.of(lit(10, UInt(8)), lit(11, UInt(8)), lit(12, UInt(8)))));
        }

        @Override public String moduleName() { return "ThreeItems_w" + idx.width(); }
    }

    private static long selected(int indexWidth, BigInteger index) {
        try (Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new ThreeItems(indexWidth)))) {
            sim.poke("idx", index);
            return sim.peek("y");
        }
    }

    @Test void inRangeIndicesPickTheirItem() {
        for (int i = 0; i < 3; i++) assertEquals(10 + i, selected(4, BigInteger.valueOf(i)), "index " + i);
    }

    @Test void everyIndexPastTheEndGivesTheLastItem() {
        for (int i = 3; i < 16; i++) assertEquals(12, selected(4, BigInteger.valueOf(i)), "index " + i + " of 3 items");
    }

    @Test void indicesOfThirtyTwoBitsAndMoreWork() {
        assertEquals(11, selected(40, BigInteger.ONE));
        assertEquals(12, selected(40, BigInteger.ONE.shiftLeft(35)), "index 2^35 of 3 items");
    }

    @Test void aNarrowIndexReachesOnlyTheFirstItems() {
        assertEquals(11, selected(1, BigInteger.ONE));
    }
}
