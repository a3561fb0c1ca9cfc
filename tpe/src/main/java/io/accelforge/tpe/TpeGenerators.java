package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import io.accelforge.tpe.pe.OsPe;
import io.accelforge.tpe.pe.PeParams;
import io.accelforge.tpe.pe.StationaryPe;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        all.addAll(systolicPes());
        return all;
    }

    private static List<Generator<?>> systolicPes() {
        return List.of(
                new Generator<>("pe-os", "output-stationary PE: plain MAC or OPT1 carry-save accumulator, drain chain, operands passed on",
                        PeParams.class, new PeParams(Precision.INT8, true, PeKind.PLAIN, 32),
                        List.of(new PeParams(Precision.INT8, true, PeKind.OPT1, 32), new PeParams(Precision.INT4, false, PeKind.OPT1, 8),
                                new PeParams(Precision.INT16, false, PeKind.PLAIN, 40)),
                        OsPe::new),
                new Generator<>("pe-stationary", "weight-/input-stationary PE: stationary operand shift chain, partial sum in (OPT1: carry-save) and out",
                        PeParams.class, new PeParams(Precision.INT8, true, PeKind.PLAIN, 20),
                        List.of(new PeParams(Precision.INT8, true, PeKind.OPT1, 20), new PeParams(Precision.INT4, false, PeKind.OPT1, 10),
                                new PeParams(Precision.INT16, true, PeKind.PLAIN, 34)),
                        StationaryPe::new));
    }
}
