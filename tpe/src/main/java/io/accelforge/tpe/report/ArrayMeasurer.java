package io.accelforge.tpe.report;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.synth.Ppa;
import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.rtl.synth.PpaReport;

/** Measures one array; the real one runs the PPA flow, tests give reports of their own. */
@FunctionalInterface
public interface ArrayMeasurer {
    PpaReport measure(ArrayPoint p);

    /** Elaborates the array and runs it through {@link Ppa} (cached by design hash). */
    static ArrayMeasurer ppa(PpaOptions options) { return p -> Ppa.run(Elaborator.elaborate(p.module()), options); }
}
