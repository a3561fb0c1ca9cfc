package io.accelforge.tpe.array;

import io.accelforge.rtl.hcl.Module;
import io.accelforge.tpe.VerificationMatrix;
import io.accelforge.tpe.model.CubeCycleModel;
import io.accelforge.tpe.model.Matrix2dCycleModel;
import io.accelforge.tpe.model.TreeCycleModel;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A fixed-rate array that has no GEMM engine, set up for whole GEMMs in a testbench: its RTL,
 * a fresh cycle-exact port model, its ports, its GEMM plan (which tiles any M x K x N onto
 * the array), its cycle model, and the idle cycles after a plan until the last result has
 * shown and the array is at rest for the next GEMM.
 *
 * @param <I> the array's per-cycle input record
 */
record GemmBench<I>(String name, Supplier<Module> rtl, Supplier<ArrayModel<I>> model, ArrayPorts<I> ports,
        BiFunction<long[][], long[][], ArrayGemmPlan<I>> plan, Cycles cycles, int tail) {
    /** The cycle model's GEMM span: first input to last result, inclusive. */
    interface Cycles {
        long gemm(long m, long k, long n);
    }

    /** The small array that runs a cell of the verification matrix: a 2x3x4 cube, a k=4 x n=3 tree, a 4x4 2D-Matrix. */
    static GemmBench<?> of(VerificationMatrix.Cell c) {
        return switch (c.arch()) {
            case CUBE -> cube(new CubeParams(2, 3, 4, c.precision(), c.signed(), c.pe(), 0));
            case TREE -> tree(new TreeParams(4, 3, c.precision(), c.signed(), c.pe(), 1, 65536, 0));
            case MATRIX_2D -> matrix2d(new Matrix2dParams(4, 4, c.precision(), c.signed(), c.pe(), 65536, 0));
            default -> throw new IllegalArgumentException(c + " runs on its GEMM engine, not at array level");
        };
    }

    static GemmBench<CubeModel.In> cube(CubeParams p) {
        return new GemmBench<>("CubeArray x" + p.x() + " y" + p.y() + " z" + p.z(), () -> new CubeArray(p), () -> new CubeModel(p), new CubePorts(p),
                (a, b) -> CubeModel.plan(p, a, b), new CubeCycleModel(p)::gemmCycles, p.latency());
    }

    static GemmBench<TreeModel.In> tree(TreeParams p) {
        return new GemmBench<>("TreeArray k" + p.k() + " n" + p.n() + " stages " + p.stages(), () -> new TreeArray(p), () -> new TreeModel(p), new TreePorts(p),
                (a, b) -> TreeModel.plan(p, a, b), new TreeCycleModel(p)::gemmCycles, p.latency());
    }

    static GemmBench<Matrix2dModel.In> matrix2d(Matrix2dParams p) {
        return new GemmBench<>("Matrix2dArray " + p.rows() + "x" + p.cols(), () -> new Matrix2dArray(p), () -> new Matrix2dModel(p), new Matrix2dPorts(p),
                (a, b) -> Matrix2dModel.plan(p, a, b), new Matrix2dCycleModel(p)::gemmCycles, 1);
    }
}
