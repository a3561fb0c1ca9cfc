package io.accelforge.tpe.report;

import io.accelforge.rtl.synth.Power;
import io.accelforge.rtl.synth.PpaReport;

/** PPA reports made up for tests: only what the report logic reads is meaningful. */
final class Reports {
    private Reports() {}

    static PpaReport of(String top, double areaUm2, double fmaxMhz, double powerMw) {
        return of(top, areaUm2, fmaxMhz, powerMw, false, 1);
    }

    static PpaReport of(String top, double areaUm2, double fmaxMhz, double powerMw, boolean cached, double yosysSeconds) {
        Power p = new Power(powerMw * 1e-3, 0, 0, 0, 0, 0, 0.1, 0.5, 100);
        return new PpaReport(PpaReport.FORMAT, top, "sha256:" + top.length(), "key-" + top, null, 10, areaUm2, 100, 120, 10, 1000, false, 12, null,
                1000 / fmaxMhz, fmaxMhz, p, "Yosys 0.23 (git sha1 7ce5011c24b)", "2.0.17", "test.lib", "hash", "script", yosysSeconds, 0.5, cached);
    }

    /** A measurer giving each point an area, Fmax and power from its MACs/cycle and kind: optimised 20% faster, 5% larger. */
    static ArrayMeasurer scaled() {
        return p -> {
            boolean opt = p.pe() != io.accelforge.tpe.PeKind.PLAIN;
            double area = 10_000.0 * p.macsPerCycle() * (opt ? 1.05 : 1);
            return of(p.label().replace(' ', '_'), area, opt ? 240 : 200, 0.5 * p.macsPerCycle());
        };
    }
}
