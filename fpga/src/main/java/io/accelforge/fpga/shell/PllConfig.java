package io.accelforge.fpga.shell;

/**
 * Divider settings of the iCE40 PLL (SB_PLL40_PAD / SB_PLL40_CORE) in simple feedback mode:
 * {@code fout = fin * (DIVF + 1) / ((DIVR + 1) * 2^DIVQ)}, with the phase detector at
 * {@code fin / (DIVR + 1)} (10..133 MHz) and the VCO at {@code fpfd * (DIVF + 1)} (533..1066 MHz).
 * {@link #solve} searches the settings the way icepll does and keeps the first closest one, so
 * it gives icepll's answer (checked against the real tool in the tests).
 */
public record PllConfig(double inputMhz, double requestedMhz, int divr, int divf, int divq, int filterRange) {
    static final double PFD_MIN = 10, PFD_MAX = 133, VCO_MIN = 533, VCO_MAX = 1066, OUT_MIN = 16, OUT_MAX = 275;

    public PllConfig {
        if (divr < 0 || divr > 15 || divf < 0 || divf > 127 || divq < 1 || divq > 6 || filterRange < 1 || filterRange > 6) {
            throw new IllegalArgumentException("PLL settings out of range: DIVR=" + divr + " DIVF=" + divf + " DIVQ=" + divq + " FILTER_RANGE=" + filterRange);
        }
    }

    public double pfdMhz() { return inputMhz / (divr + 1); }
    public double vcoMhz() { return pfdMhz() * (divf + 1); }
    public double achievedMhz() { return vcoMhz() / (1 << divq); }
    public long achievedHz() { return Math.round(achievedMhz() * 1e6); }

    /** The closest output to {@code outMhz} the PLL can make from {@code inMhz}; fails when none is in range. */
    public static PllConfig solve(double inMhz, double outMhz) {
        if (inMhz < PFD_MIN || inMhz > PFD_MAX) {
            throw new IllegalArgumentException("the iCE40 PLL takes a " + PFD_MIN + ".." + PFD_MAX + " MHz input, got " + inMhz + " MHz");
        }
        if (outMhz < OUT_MIN || outMhz > OUT_MAX) {
            throw new IllegalArgumentException("the iCE40 PLL makes " + OUT_MIN + ".." + OUT_MAX + " MHz, asked for " + outMhz + " MHz"
                    + (outMhz < OUT_MIN ? "; run below 16 MHz from the board clock without the PLL" : ""));
        }
        int bestR = -1, bestF = 0, bestQ = 0;
        double best = Double.NaN;
        for (int r = 0; r <= 15; r++) {
            double pfd = inMhz / (r + 1);
            if (pfd < PFD_MIN || pfd > PFD_MAX) continue;
            for (int f = 0; f <= 127; f++) {
                double vco = pfd * (f + 1);
                if (vco < VCO_MIN || vco > VCO_MAX) continue;
                for (int q = 1; q <= 6; q++) {
                    double out = vco / (1 << q);
                    if (bestR < 0 || Math.abs(out - outMhz) < Math.abs(best - outMhz)) {
                        best = out;
                        bestR = r;
                        bestF = f;
                        bestQ = q;
                    }
                }
            }
        }
        if (bestR < 0) throw new IllegalArgumentException("no iCE40 PLL setting makes " + outMhz + " MHz from " + inMhz + " MHz");
        return new PllConfig(inMhz, outMhz, bestR, bestF, bestQ, filterRange(inMhz / (bestR + 1)));
    }

    /** The loop filter setting for a phase-detector frequency (iCE40 sysCLOCK PLL guide). */
    static int filterRange(double pfdMhz) {
        if (pfdMhz < 17) return 1;
        if (pfdMhz < 26) return 2;
        if (pfdMhz < 44) return 3;
        if (pfdMhz < 66) return 4;
        if (pfdMhz < 101) return 5;
        return 6;
    }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f MHz -> %.3f MHz (asked %.3f; DIVR=%d DIVF=%d DIVQ=%d FILTER_RANGE=%d)",
                inputMhz, achievedMhz(), requestedMhz, divr, divf, divq, filterRange);
    }
}
