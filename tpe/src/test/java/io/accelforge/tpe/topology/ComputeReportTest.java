package io.accelforge.tpe.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.model.ScaleSim;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected lines are SCALE-Sim v2's own COMPUTE_REPORT.csv (commit 22f88b1,
 * {@code python3 scale.py -i gemm}, 4096 KiB SRAMs and bandwidth 1000, so nothing stalls) for
 * this topology on 4x4 and 16x16 arrays of each dataflow.
 */
class ComputeReportTest {
    private static final Topology TOPOLOGY = Topology.parse("topo.csv", """
            Layer,M,N,K,
            hand,6,5,3,
            fc1,36,47,98,
            proj,16,16,64,
            tall,100,8,24,
            """);

    private static String report(Architecture arch, int rows, int cols) {
        return ComputeReport.csv(ComputeReport.of(arch, rows, cols, TOPOLOGY));
    }

    @Test void outputStationaryOnA4x4ArrayMatchesHandComputedNumbers() {
        // M=6 over 4 rows (folds of 4 and 2 rows), N=5 over 4 columns (4 and 1): 4 folds of K+R+C-2 = 9 cycles = 36,
        // reported as the last cycle's index, 35. Mapping: (16 + 8 + 4 + 2) / 16 / 4 = 46.875 %.
        // Compute util: (16 + 8 + 4 + 2) * K / (16 * 9) / 4 = 15.625 %. Overall: 6*5*3 * 100 / (35 * 16) = 16.0714... %.
        ComputeReport.Row r = ComputeReport.row(0, Architecture.SYSTOLIC_OS, 4, 4, TOPOLOGY.layers().getFirst());
        assertEquals(new ComputeReport.Row(0, 35, 0, 9000.0 / 560, 46.875, 15.625), r);
        assertEquals(36, ScaleSim.outputStationary(6, 3, 5, 4, 4));
    }

    @Test void outputStationaryEqualsScaleSim() {
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 35, 0, 16.071428571428573, 46.875, 15.625,
                1, 11231, 0, 92.27584364704835, 97.91666666666666, 92.26762820512832,
                2, 1119, 0, 91.51027703306524, 100.0, 91.42857142857144,
                3, 1499, 0, 80.0533689126084, 100.0, 79.99999999999997,
                """, report(Architecture.SYSTOLIC_OS, 4, 4));
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 32, 0, 1.0986328125, 11.71875, 1.065340909090909,
                1, 1151, 0, 56.27443527367507, 73.4375, 56.2255859375,
                2, 93, 0, 68.81720430107526, 100.0, 68.08510638297872,
                3, 377, 0, 19.893899204244033, 44.642857142857146, 19.841269841269842,
                """, report(Architecture.SYSTOLIC_OS, 16, 16));
    }

    @Test void weightStationaryEqualsScaleSim() {
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 31, 0, 18.14516129032258, 46.875, 14.802631578947366,
                1, 13799, 0, 75.10326835277918, 95.95833333333333, 70.50000000000016,
                2, 1663, 0, 61.575466025255565, 100.0, 55.17241379310346,
                3, 1319, 0, 90.97801364670205, 100.0, 88.49557522123898,
                """, report(Architecture.SYSTOLIC_WS, 4, 4));
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 51, 0, 0.6893382352941176, 5.859375, 0.5247201492537313,
                1, 1721, 0, 37.63618535735038, 85.67708333333334, 31.797680412371122,
                2, 247, 0, 25.910931174089068, 100.0, 20.77922077922078,
                3, 291, 0, 25.77319587628866, 37.5, 23.29192546583851,
                """, report(Architecture.SYSTOLIC_WS, 16, 16));
    }

    @Test void inputStationaryEqualsScaleSim() {
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 29, 0, 19.396551724137932, 56.25, 15.625,
                1, 12824, 0, 80.81331877729258, 98.0, 76.76666666666655,
                2, 1663, 0, 61.575466025255565, 100.0, 55.17241379310346,
                3, 2699, 0, 44.4609114486847, 100.0, 38.09523809523801,
                """, report(Architecture.SYSTOLIC_IS, 4, 4));
        assertEquals(ComputeReport.HEADER + "\n" + """
                0, 50, 0, 0.703125, 7.03125, 0.5326704545454545,
                1, 1952, 0, 33.18231301229508, 65.625, 28.55902777777779,
                2, 247, 0, 25.910931174089068, 100.0, 20.77922077922078,
                3, 755, 0, 9.933774834437086, 66.96428571428571, 7.763975155279502,
                """, report(Architecture.SYSTOLIC_IS, 16, 16));
    }

    @Test void totalCyclesAreTheFormulaLessOneForEveryDataflow() {
        Topology.Layer fc1 = TOPOLOGY.layers().get(1);
        assertEquals(List.of(1151L, 1721L, 1952L), List.of(
                ComputeReport.row(1, Architecture.SYSTOLIC_OS, 16, 16, fc1).totalCycles(),
                ComputeReport.row(1, Architecture.SYSTOLIC_WS, 16, 16, fc1).totalCycles(),
                ComputeReport.row(1, Architecture.SYSTOLIC_IS, 16, 16, fc1).totalCycles()));
    }
}
