package io.accelforge.sim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.hcl.HwType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stimulus of one input port: replayable from its seed and id, in range, edge values included. */
class InputValuesTest {
    private static List<BigInteger> first(int n, long seed, int id, HwType t) {
        InputValues v = new InputValues(seed, id, t);
        List<BigInteger> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(v.next());
        return out;
    }

    @Test void aPortsValuesDependOnlyOnTheSeedAndItsId() {
        HwType t = new HwType(70, true);
        assertEquals(first(50, 9, 3, t), first(50, 9, 3, t));
        assertNotEquals(first(50, 9, 3, t), first(50, 9, 4, t), "another port");
        assertNotEquals(first(50, 9, 3, t), first(50, 10, 3, t), "another seed");
    }

    @Test void everyValueFitsThePortType() {
        for (HwType t : List.of(new HwType(1, false), new HwType(1, true), new HwType(63, false), new HwType(64, true), new HwType(130, false))) {
            for (BigInteger x : first(500, 1, 0, t)) {
                assertTrue(t.fits(x), x + " does not fit " + t);
            }
        }
    }

    @Test void zeroAllOnesAndTheSignedExtremesAllAppear() {
        HwType t = new HwType(12, true);
        Set<BigInteger> seen = new HashSet<>(first(400, 2, 0, t));
        for (long edge : new long[] {0, -1, -2048, 2047, 1}) assertTrue(seen.contains(BigInteger.valueOf(edge)), "edge value " + edge);
    }
}
