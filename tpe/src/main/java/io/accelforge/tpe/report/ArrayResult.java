package io.accelforge.tpe.report;

import io.accelforge.rtl.synth.PpaReport;

/**
 * One measured array: what the PPA flow reported and what follows from it. Only values that
 * depend on the design, the flow and the tools are kept (no run times, no cache state), so a
 * report built from the same measurements is byte-identical.
 *
 * @param architecture   generator name (systolic-os, cube, ...)
 * @param dims           shape, e.g. 16x16 or 8x8x8
 * @param precision      int4, int8, int16 (signed operands)
 * @param pe             plain, opt1, opt2
 * @param macsPerCycle   multiply-accumulates per cycle at full utilisation ({@link ArrayPoint#macsPerCycle})
 * @param areaUm2        mapped cell area
 * @param cells          mapped cells
 * @param flipFlops      flip-flops in the generic netlist
 * @param logicDepth     generic gates on the longest register-to-register path
 * @param fmaxMhz        1000 / critical path
 * @param gops           2 x macsPerCycle x Fmax (a MAC is two operations), 10^9 operations per second
 * @param gopsPerMm2     gops / area in mm2
 * @param powerMw        total power at the flow's activity and clock ({@code powerClockMhz})
 * @param powerClockMhz  the clock the power was estimated at
 * @param activity       toggles per clock on every non-clock net in the power estimate
 * @param energyPjPerMac powerMw / (macsPerCycle x powerClockMhz), the energy of one MAC at that activity
 * @param top            the design's top module
 * @param cacheKey       the PPA flow's key for this measurement (design, scripts, liberty, tools)
 */
public record ArrayResult(String architecture, String dims, String precision, String pe, long macsPerCycle,
                          double areaUm2, int cells, int flipFlops, int logicDepth, double fmaxMhz, double gops, double gopsPerMm2,
                          double powerMw, double powerClockMhz, double activity, double energyPjPerMac, String top, String cacheKey) {

    public static ArrayResult of(ArrayPoint p, PpaReport r) {
        if (r.fmaxMhz() == null) throw new IllegalStateException(p.label() + ": the PPA flow timed no path (" + r.top() + "), so it has no Fmax");
        long macs = p.macsPerCycle();
        double fmax = r.fmaxMhz();
        double gops = 2.0 * macs * fmax / 1000;
        double powerMw = r.power().totalW() * 1e3;
        double clock = r.power().clockMhz();
        double pj = powerMw * 1e-3 / (macs * clock * 1e6) * 1e12;
        return new ArrayResult(ArrayPoint.name(p.arch()), p.dimsLabel(), ArrayPoint.lower(p.precision()), ArrayPoint.lower(p.pe()), macs,
                round(r.cellAreaUm2(), 1e1), r.cells(), r.flipFlops(), r.logicDepth(), round(fmax, 1e3), round(gops, 1e3),
                round(gops / (r.cellAreaUm2() * 1e-6), 1e3), round(powerMw, 1e3), clock, r.power().activity(), round(pj, 1e4), r.top(), r.cacheKey());
    }

    /** "systolic-os 16x16 int8 opt1" */
    public String label() { return architecture + " " + dims + " " + precision + " " + pe; }

    static double round(double x, double scale) { return Math.round(x * scale) / scale; }
}
