package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import org.junit.jupiter.api.Test;

class PeParamsTest {
    @Test void rejectsAnAccumulatorNarrowerThanAFullProduct() {
        ParamException e = assertThrows(ParamException.class, () -> new PeParams(Precision.INT16, true, PeKind.PLAIN, 31));
        assertEquals("parameter 'accWidth' = 31 must be at least 2 x INT16 = 32 (a full product)", e.getMessage());
    }

    @Test void rejectsPeKindsThatDoNotApplyToSystolicArraysNamingThoseThatDo() {
        ParamException e = assertThrows(ParamException.class, () -> new PeParams(Precision.INT8, true, PeKind.OPT3, 32));
        assertEquals("parameter 'pe' = opt3 does not apply to systolic arrays; use one of: plain, opt1", e.getMessage());
    }

    @Test void rejectsAccumulatorsWiderThanAJavaLongHoldsSigned() {
        ParamException e = assertThrows(ParamException.class, () -> new PeParams(Precision.INT8, false, PeKind.OPT1, 64));
        assertEquals("parameter 'accWidth' = 64 is out of range 8..63", e.getMessage());
    }
}
