package io.accelforge.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.array.StationaryArrayParams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The systolic generators as 'forge list' and 'forge generate' see them. */
class TpeGeneratorsTest {
    @Test void systolicArraysAndTheirPesAreRegisteredWith16x16Int8SignedPlainDefaults() {
        Registry r = Registry.load();
        for (String name : new String[] {"pe-os", "pe-stationary", "systolic-os", "systolic-ws", "systolic-is"}) {
            assertTrue(r.all().stream().anyMatch(g -> g.name().equals(name)), name + " is registered");
        }
        assertEquals(new OsArrayParams(16, 16), r.get("systolic-os").defaults());
        assertEquals(new StationaryArrayParams(16, 16), r.get("systolic-ws").defaults());
        assertEquals(new StationaryArrayParams(16, 16), r.get("systolic-is").defaults());
    }

    @Test void aCommandLineOverrideBuildsTheArrayItNames() {
        Generator<?> g = Registry.load().get("systolic-ws");
        Record p = g.parse(Map.of("rows", "4", "cols", "2", "pe", "opt1", "precision", "int16", "signed", "false"));
        assertEquals(new StationaryArrayParams(4, 2, Precision.INT16, false, PeKind.OPT1, 0), p);
    }

    @Test void aCommandLineKindThatDoesNotApplyIsRejectedNamingThoseThatDo() {
        Generator<?> g = Registry.load().get("systolic-os");
        ParamException e = assertThrows(ParamException.class, () -> g.parse(Map.of("pe", "opt3")));
        assertEquals("parameter 'pe' = opt3 does not apply to systolic arrays; use one of: plain, opt1", e.getMessage());
    }
}
