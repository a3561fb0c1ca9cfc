package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import org.junit.jupiter.api.Test;

class ArrayParamsTest {
    @Test void outputStationaryAccumulatorIsTwiceThePrecisionPlusLog2KMax() {
        assertEquals(32, new OsArrayParams(16, 16).accBits(), "INT8, kMax 65536");
        assertEquals(48, new OsArrayParams(4, 4, Precision.INT16, true, PeKind.OPT1, 0, 65536).accBits());
        assertEquals(18, new OsArrayParams(4, 4, Precision.INT4, false, PeKind.PLAIN, 0, 1000).accBits(), "8 + ceil(log2 1000)");
        assertEquals(8, new OsArrayParams(1, 1, Precision.INT4, true, PeKind.PLAIN, 0, 1).accBits());
        assertEquals(63, new OsArrayParams(1, 1, Precision.INT16, true, PeKind.PLAIN, 0, Integer.MAX_VALUE).accBits(), "the widest derivable");
        assertEquals(40, new OsArrayParams(1, 1, Precision.INT16, true, PeKind.PLAIN, 40, 65536).accBits(), "an explicit width wins");
    }

    @Test void stationaryPartialSumIsTwiceThePrecisionPlusCeilLog2Rows() {
        assertEquals(20, new StationaryArrayParams(16, 16).accBits(), "16 rows of INT8");
        assertEquals(18, new StationaryArrayParams(3, 5).accBits(), "3 rows of INT8");
        assertEquals(16, new StationaryArrayParams(1, 5).accBits(), "one row: a product");
        assertEquals(39, new StationaryArrayParams(128, 1, Precision.INT16, false, PeKind.OPT1, 0).accBits());
    }

    @Test void kindsOtherThanPlainAndOpt1AreRejectedNamingTheKindsThatApply() {
        ParamException os = assertThrows(ParamException.class, () -> new OsArrayParams(4, 4, Precision.INT8, true, PeKind.OPT2, 0, 65536));
        assertEquals("parameter 'pe' = opt2 does not apply to systolic arrays; use one of: plain, opt1", os.getMessage());
        ParamException ws = assertThrows(ParamException.class, () -> new StationaryArrayParams(4, 4, Precision.INT8, true, PeKind.OPT4, 0));
        assertEquals("parameter 'pe' = opt4 does not apply to systolic arrays; use one of: plain, opt1", ws.getMessage());
    }

    @Test void anExplicitAccumulatorMustHoldAFullProduct() {
        ParamException e = assertThrows(ParamException.class, () -> new StationaryArrayParams(4, 4, Precision.INT8, true, PeKind.PLAIN, 15));
        assertEquals("parameter 'accWidth' = 15 must be 0 (derived) or at least 2 x INT8 = 16", e.getMessage());
    }

    @Test void dimensionsOutsideTheirRangesAreRejected() {
        ParamException e = assertThrows(ParamException.class, () -> new OsArrayParams(0, 4));
        assertEquals("parameter 'rows' = 0 is out of range 1..128", e.getMessage());
    }
}
