package io.accelforge.tpe.report;

import io.accelforge.tpe.Architecture;

/**
 * What Wu et al. (HPCA 2025) report for one architecture, optimised PE over plain
 * (shared/anchors/tpe.md: systolic 1.27x / 1.04x, 3D-Cube 1.28x / 1.56x, multiplier-adder
 * tree 1.56x / 1.49x, 2D-Matrix 1.44x / 1.20x), and the goal this project set for the
 * GOPS/mm2 ratio (OPT1 at least 1.25x on the systolic arrays and the cube, OPT2 at least 1.5x
 * on the tree; none for the 2D-Matrix, where the ratio is reported only).
 *
 * @param areaEfficiency   the paper's GOPS/mm2 ratio
 * @param energyEfficiency the paper's energy-efficiency (MACs per joule) ratio
 * @param goal             the GOPS/mm2 ratio to reach, or null for none
 */
public record PaperRatio(double areaEfficiency, double energyEfficiency, Double goal) {
    public static PaperRatio of(Architecture arch) {
        return switch (arch) {
            case SYSTOLIC_OS, SYSTOLIC_WS, SYSTOLIC_IS -> new PaperRatio(1.27, 1.04, 1.25);
            case CUBE -> new PaperRatio(1.28, 1.56, 1.25);
            case TREE -> new PaperRatio(1.56, 1.49, 1.5);
            case MATRIX_2D -> new PaperRatio(1.44, 1.20, null);
        };
    }
}
