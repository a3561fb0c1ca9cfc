package io.accelforge.tpe.report;

import java.util.Locale;

/**
 * The optimised PE against the plain one in the same array at the same shape, precision and
 * pipeline depth. Ratios are optimised over plain, so above 1 is better for every one of them
 * except {@code areaRatio} (below 1: smaller).
 *
 * @param gopsPerMm2Ratio   area efficiency, optimised / plain
 * @param energyEffRatio    energy efficiency, plain pJ/MAC / optimised pJ/MAC
 * @param fmaxRatio         optimised Fmax / plain Fmax
 * @param areaRatio         optimised area / plain area
 * @param paperAreaEff      the paper's area-efficiency ratio for this architecture
 * @param paperEnergyEff    the paper's energy-efficiency ratio
 * @param goal              the GOPS/mm2 ratio to reach, or null
 * @param shortfall         goal - gopsPerMm2Ratio when the goal is missed, else 0
 * @param verdict           "met", "missed by ..." or "no goal", for people
 */
public record PeComparison(String architecture, String dims, String precision, String plainPe, String optimisedPe,
                           double gopsPerMm2Ratio, double energyEffRatio, double fmaxRatio, double areaRatio,
                           double paperAreaEff, double paperEnergyEff, Double goal, double shortfall, String verdict) {

    public static PeComparison of(ArrayResult plain, ArrayResult opt, PaperRatio paper) {
        if (!plain.architecture().equals(opt.architecture()) || !plain.dims().equals(opt.dims()) || !plain.precision().equals(opt.precision())) {
            throw new IllegalArgumentException("compare one array at one shape and precision: " + plain.label() + " against " + opt.label());
        }
        double eff = ArrayResult.round(opt.gopsPerMm2() / plain.gopsPerMm2(), 1e3);
        double energy = ArrayResult.round(plain.energyPjPerMac() / opt.energyPjPerMac(), 1e3);
        double shortfall = paper.goal() == null || eff >= paper.goal() ? 0 : ArrayResult.round(paper.goal() - eff, 1e3);
        return new PeComparison(plain.architecture(), plain.dims(), plain.precision(), plain.pe(), opt.pe(), eff, energy,
                ArrayResult.round(opt.fmaxMhz() / plain.fmaxMhz(), 1e3), ArrayResult.round(opt.areaUm2() / plain.areaUm2(), 1e3),
                paper.areaEfficiency(), paper.energyEfficiency(), paper.goal(), shortfall, verdict(eff, paper.goal()));
    }

    static String verdict(double ratio, Double goal) {
        if (goal == null) return "no goal";
        if (ratio >= goal) return String.format(Locale.ROOT, "met (%.2fx >= %.2fx)", ratio, goal);
        return String.format(Locale.ROOT, "missed by %.2fx (%.1f%% below %.2fx)", goal - ratio, 100 * (1 - ratio / goal), goal);
    }

    public boolean missed() { return shortfall > 0; }
}
