package io.accelforge.tpe.report;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.array.CubeArray;
import io.accelforge.tpe.array.CubeParams;
import io.accelforge.tpe.array.IsArray;
import io.accelforge.tpe.array.Matrix2dArray;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import io.accelforge.tpe.array.StationaryArrayParams;
import io.accelforge.tpe.array.TreeArray;
import io.accelforge.tpe.array.TreeParams;
import io.accelforge.tpe.array.WsArray;
import io.accelforge.tpe.model.CubeCycleModel;
import io.accelforge.tpe.model.Matrix2dCycleModel;
import io.accelforge.tpe.model.TreeCycleModel;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One compute array to measure: architecture, shape, precision and PE kind, signed operands,
 * derived accumulator widths (the generators' defaults). Shapes: systolic arrays and the
 * 2D-Matrix rows x cols, the multiplier-adder tree k x n, the 3D-Cube x x y x z.
 *
 * <p>The tree gets the same number of pipeline registers for both kinds ({@link #treeStages}),
 * so plain and OPT2 are compared at matched pipeline depth; every other architecture has one
 * register stage per PE for both kinds.
 */
public record ArrayPoint(Architecture arch, List<Integer> dims, Precision precision, PeKind pe) {
    public ArrayPoint {
        dims = List.copyOf(dims);
        if (dims.size() != (arch == Architecture.CUBE ? 3 : 2)) {
            throw new ParamException(name(arch) + " takes " + (arch == Architecture.CUBE ? "XxYxZ" : "two dimensions (RxC)") + ", got " + dimsLabel(dims));
        }
        if (!kinds(arch).contains(pe)) {
            throw new ParamException("PE '" + lower(pe) + "' does not apply to " + name(arch) + "; it takes " + lowerAll(kinds(arch)));
        }
        params(arch, dims, precision, pe);   // the generator's own validation: ranges, stages
    }

    /** The architectures compared and swept (the sparse digit-serial arrays have data-dependent throughput and are left out). */
    public static final List<Architecture> ARCHITECTURES = List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS,
            Architecture.CUBE, Architecture.TREE, Architecture.MATRIX_2D);

    /** Pipeline registers in each tree tile for both kinds: 2, or fewer when a small tree has fewer places. */
    public static int treeStages(int k, Precision precision) {
        return Math.min(2, Math.min(TreeParams.maxStages(k, precision, true, PeKind.PLAIN), TreeParams.maxStages(k, precision, true, PeKind.OPT2)));
    }

    /** The registered generator's name: systolic-os, systolic-ws, systolic-is, cube, mac-tree, matrix-2d. */
    public static String name(Architecture arch) {
        return switch (arch) {
            case SYSTOLIC_OS -> "systolic-os";
            case SYSTOLIC_WS -> "systolic-ws";
            case SYSTOLIC_IS -> "systolic-is";
            case CUBE -> "cube";
            case TREE -> "mac-tree";
            case MATRIX_2D -> "matrix-2d";
        };
    }

    /** The architecture a generator name stands for, or null. */
    public static Architecture byName(String name) {
        for (Architecture a : ARCHITECTURES) if (name(a).equals(name)) return a;
        return null;
    }

    /** The PE kinds the architecture is built with. */
    public static List<PeKind> kinds(Architecture arch) {
        return switch (arch) {
            case SYSTOLIC_OS, SYSTOLIC_WS, SYSTOLIC_IS -> List.of(PeKind.PLAIN, PeKind.OPT1);
            case CUBE -> CubeParams.KINDS;
            case TREE -> TreeParams.KINDS;
            case MATRIX_2D -> Matrix2dParams.KINDS;
        };
    }

    /** The architecture's optimised kind: OPT2 for the tree, OPT1 elsewhere. */
    public static PeKind optimised(Architecture arch) { return arch == Architecture.TREE ? PeKind.OPT2 : PeKind.OPT1; }

    /** The generator's parameter record for this point. */
    public Record params() { return params(arch, dims, precision, pe); }

    private static Record params(Architecture arch, List<Integer> dims, Precision precision, PeKind pe) {
        int a = dims.get(0), b = dims.get(1);
        return switch (arch) {
            case SYSTOLIC_OS -> new OsArrayParams(a, b, precision, true, pe, 0, 65536);
            case SYSTOLIC_WS, SYSTOLIC_IS -> new StationaryArrayParams(a, b, precision, true, pe, 0);
            case CUBE -> new CubeParams(a, b, dims.get(2), precision, true, pe, 0);
            case TREE -> new TreeParams(a, b, precision, true, pe, treeStages(a, precision), 65536, 0);
            case MATRIX_2D -> new Matrix2dParams(a, b, precision, true, pe, 65536, 0);
        };
    }

    /** Builds the array (inside an elaboration). */
    public Supplier<Module> module() {
        Record p = params();
        return switch (arch) {
            case SYSTOLIC_OS -> () -> new OsArray((OsArrayParams) p);
            case SYSTOLIC_WS -> () -> new WsArray((StationaryArrayParams) p);
            case SYSTOLIC_IS -> () -> new IsArray((StationaryArrayParams) p);
            case CUBE -> () -> new CubeArray((CubeParams) p);
            case TREE -> () -> new TreeArray((TreeParams) p);
            case MATRIX_2D -> () -> new Matrix2dArray((Matrix2dParams) p);
        };
    }

    /**
     * Multiply-accumulates per cycle at full utilisation, from the cycle models: a systolic
     * array streams one operand pair through every PE each cycle (an OS fold is K x R x C MACs
     * in K + R + C - 2 cycles, R x C per cycle as K grows; WS and IS likewise in M and N); the
     * cube takes one slice of x*y*z MACs per cycle, the tree one K chunk of k*n, the 2D-Matrix
     * one outer product of rows*cols ({@code macsPerCycle()} of their cycle models).
     */
    public long macsPerCycle() {
        return switch (arch) {
            case SYSTOLIC_OS, SYSTOLIC_WS, SYSTOLIC_IS -> (long) dims.get(0) * dims.get(1);
            case CUBE -> new CubeCycleModel((CubeParams) params()).macsPerCycle();
            case TREE -> new TreeCycleModel((TreeParams) params()).macsPerCycle();
            case MATRIX_2D -> new Matrix2dCycleModel((Matrix2dParams) params()).macsPerCycle();
        };
    }

    public String dimsLabel() { return dimsLabel(dims); }

    /** "systolic-os 16x16 int8 opt1" */
    public String label() { return name(arch) + " " + dimsLabel() + " " + lower(precision) + " " + lower(pe); }

    static String dimsLabel(List<Integer> dims) { return dims.stream().map(String::valueOf).collect(Collectors.joining("x")); }

    static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    static String lowerAll(List<? extends Enum<?>> es) { return es.stream().map(ArrayPoint::lower).collect(Collectors.joining(", ")); }
}
