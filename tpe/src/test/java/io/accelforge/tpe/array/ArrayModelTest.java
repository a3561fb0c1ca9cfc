package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The array models' port timing, stated on small examples (R x C = 2 x 3). */
class ArrayModelTest {
    private static final long[][] A = {{1, 2}, {3, 4}};   // 2 x 2
    private static final long[][] B = {{5, 6, 7}, {8, 9, 10}};   // 2 x 3

    @Test void outputStationaryTakesSkewedOperandsAndDrainsTheBottomRowFirst() {
        PortTrace t = new OsArrayModel(new OsArrayParams(2, 3)).run(A, B);
        assertEquals(4L, t.input("aIn_1", 2), "A[1][1] at cycle 1 + 1");
        assertEquals(9L, t.input("bIn_1", 2), "B[1][1] at cycle 1 + 1");
        assertNull(t.input("aIn_1", 0), "row 1 has nothing before cycle 1");
        assertEquals(1L, t.input("first", 0));
        assertEquals(0L, t.input("first", 1));
        assertEquals(1L, t.input("drain", 4), "drain with the last multiply-accumulate, K + R + C - 3 = 4");
        assertEquals(0L, t.input("valid", 2), "valid for K = 2 cycles");
        assertEquals(1L, t.output("cValid", 5));
        assertEquals(3 * 7 + 4 * 10L, t.output("cOut_2", 5), "C[1][2] first (bottom row) at K + R + C - 2 = 5");
        assertEquals(1 * 5 + 2 * 8L, t.output("cOut_0", 6), "C[0][0] next");
        assertEquals(0L, t.output("cValid", 4));
        assertEquals(7, t.cycles(), "K + 2R + C - 2: compute and drain");
    }

    @Test void weightStationaryPreloadsTheBottomRowFirstAndEmitsSkewedByColumn() {
        PortTrace t = new WsArrayModel(new StationaryArrayParams(2, 3)).run(A, B);
        assertEquals(8L, t.input("bIn_0", 0), "B[1][0] loads first");
        assertEquals(5L, t.input("bIn_0", 1), "B[0][0] loads last");
        assertEquals(1L, t.input("load", 1));
        assertEquals(0L, t.input("load", 2));
        assertEquals(3L, t.input("aIn_0", 3), "A[1][0] at R + 1 + 0");
        assertEquals(4L, t.input("aIn_1", 4), "A[1][1] at R + 1 + 1");
        assertEquals(1L, t.input("valid", 3));
        assertEquals(1 * 5 + 2 * 8L, t.output("cOut_0", 4), "C[0][0] at 2R");
        assertEquals(3 * 7 + 4 * 10L, t.output("cOut_2", 7), "C[1][2] at 2R + 1 + 2 = 2R + C + M - 2");
        assertEquals(0L, t.output("cValid_2", 5));
        assertEquals(8, t.cycles(), "the fold's 2R + C + M - 2 = 7 cycles, then the cycle showing its last result");
    }

    @Test void inputStationaryPreloadsATransposedAndStreamsTheColumnsOfB() {
        PortTrace t = new IsArrayModel(new StationaryArrayParams(2, 3)).run(A, B);
        assertEquals(2L, t.input("aIn_0", 0), "A[0][1] loads first into column 0");
        assertEquals(3L, t.input("aIn_1", 1), "A[1][0] loads last into column 1");
        assertEquals(0L, t.input("aIn_2", 0), "column 2 is past M = 2: zero");
        assertEquals(6L, t.input("bIn_0", 3), "B[0][1] at R + 1 + 0");
        assertEquals(3 * 6 + 4 * 9L, t.output("cOut_1", 2 * 2 + 1 + 1), "C[1][1] on column 1 at 2R + n + m");
        assertEquals(0L, t.output("cOut_2", 2 * 2 + 2), "column 2 (past M) shows zero");
        assertEquals(2 * 2 + 3 + 3 - 2 + 1, t.cycles());
    }

    @Test void foldsRunBackToBackAtTheirPeriods() {
        OsArrayModel os = new OsArrayModel(new OsArrayParams(2, 3));
        PortTrace t = os.run(List.of(new Tile(A, B), new Tile(A, B)));
        assertEquals(14, t.cycles());
        assertEquals(1L, t.input("first", 7), "the second fold starts at K + 2R + C - 2 = 7");
        assertEquals(12, t.results().size(), "R x C results per fold");
    }

    @Test void tilesThatDoNotFitAreRejectedWithTheLimits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WsArrayModel(new StationaryArrayParams(2, 3)).run(new long[][] {{1, 2, 3}}, new long[][] {{1}, {2}, {3}}));
        assertEquals("a 1x3x1 tile does not fit: 2x3 weight-stationary array (K <= 2, N <= 3)", e.getMessage());
    }

    @Test void operandsOutsideThePrecisionAreRejected() {
        StationaryArrayParams p = new StationaryArrayParams(2, 2, Precision.INT4, false, PeKind.OPT1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IsArrayModel(p).run(new long[][] {{16}}, new long[][] {{1}}));
        assertEquals("A[0][0] = 16 is not an unsigned INT4 value (0..15)", e.getMessage());
    }
}
