package io.accelforge.tpe.report;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plain against optimised PEs in every architecture at matched configurations: the arrays,
 * what each measured, and per architecture the ratios beside the paper's and the goal.
 *
 * @param flow        the tools and liberty of the measurements
 * @param method      how the derived numbers are defined
 * @param designs     every measured array, plain then optimised per architecture
 * @param comparisons one per architecture with both arrays measured, in the order of {@link #MATCHED}
 * @param notMeasured one line per array the flow failed on (its label and the error); its architecture has no comparison
 */
public record Comparison(String flow, List<String> method, List<ArrayResult> designs, List<PeComparison> comparisons, List<String> notMeasured) {

    /** The matched shapes (INT8, signed): 16x16 systolic OS and WS, Cube 8x8x8, tree K=16 x N=16 (2 stages), 2D-Matrix 16x16. */
    public static final List<Shape> MATCHED = List.of(new Shape(Architecture.SYSTOLIC_OS, List.of(16, 16)), new Shape(Architecture.SYSTOLIC_WS, List.of(16, 16)),
            new Shape(Architecture.CUBE, List.of(8, 8, 8)), new Shape(Architecture.TREE, List.of(16, 16)), new Shape(Architecture.MATRIX_2D, List.of(16, 16)));

    /** One architecture at one shape. */
    public record Shape(Architecture arch, List<Integer> dims) {}

    /** How GOPS, energy and the matching are defined; written into every output. */
    public static final List<String> METHOD = List.of(
            "GOPS = 2 x MACs/cycle x Fmax; MACs/cycle at full utilisation from the cycle models: systolic R*C, cube x*y*z, tree k*n, 2D-Matrix rows*cols",
            "GOPS/mm2 = GOPS / mapped cell area (no wires, no placement)",
            "energy per MAC = total power at the PPA flow's default activity (0.1 toggles per clock on every net, duty 0.5) at the power clock, "
                    + "divided by MACs/s at that clock (MACs/cycle x power clock)",
            "matched: same shape, INT8 signed, derived accumulator widths, same pipeline registers for both kinds "
                    + "(one per PE; tree: 2 per tile), optimised = OPT1 (systolic, cube, 2D-Matrix) or OPT2 (tree)");

    /** Plain then optimised for each shape, INT8. */
    public static List<ArrayPoint> points(List<Shape> shapes) {
        List<ArrayPoint> all = new ArrayList<>();
        for (Shape s : shapes) {
            all.add(new ArrayPoint(s.arch(), s.dims(), Precision.INT8, PeKind.PLAIN));
            all.add(new ArrayPoint(s.arch(), s.dims(), Precision.INT8, ArrayPoint.optimised(s.arch())));
        }
        return all;
    }

    /** Measures every point of {@code shapes} (progress per design) and compares. */
    public static Comparison run(List<Shape> shapes, ArrayMeasurer m, Consumer<String> progress) {
        Measurements.Measured got = Measurements.run(points(shapes), m, progress);
        return of(got.flow(), got.results(), got.failures());
    }

    /** Pairs the plain and optimised array of each architecture and shape, in the order measured; an array without its partner is left unpaired. */
    public static Comparison of(String flow, List<ArrayResult> designs, List<String> notMeasured) {
        List<PeComparison> cmp = new ArrayList<>();
        for (ArrayResult plain : designs) {
            if (!plain.pe().equals("plain")) continue;
            for (ArrayResult opt : designs) {
                if (!opt.pe().equals("plain") && opt.architecture().equals(plain.architecture()) && opt.dims().equals(plain.dims())
                        && opt.precision().equals(plain.precision())) {
                    cmp.add(PeComparison.of(plain, opt, PaperRatio.of(ArrayPoint.byName(plain.architecture()))));
                }
            }
        }
        return new Comparison(flow, METHOD, List.copyOf(designs), List.copyOf(cmp), List.copyOf(notMeasured));
    }
}
