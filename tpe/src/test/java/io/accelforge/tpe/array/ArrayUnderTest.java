package io.accelforge.tpe.array;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Operands;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.CycleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One systolic array configuration as the tests drive it: its design, its golden model, the
 * largest tile one fold takes, and its cycle model. Shapes are (M, K, N) of a fold's tile.
 */
record ArrayUnderTest(Architecture arch, Record params, int rows, int cols, Precision precision, boolean signed, PeKind pe, int accBits) {
    static ArrayUnderTest os(int rows, int cols, Precision p, boolean signed, PeKind pe) { return os(rows, cols, p, signed, pe, 0); }

    static ArrayUnderTest os(int rows, int cols, Precision p, boolean signed, PeKind pe, int accWidth) {
        OsArrayParams op = new OsArrayParams(rows, cols, p, signed, pe, accWidth, 65536);
        return new ArrayUnderTest(Architecture.SYSTOLIC_OS, op, rows, cols, p, signed, pe, op.accBits());
    }

    static ArrayUnderTest ws(int rows, int cols, Precision p, boolean signed, PeKind pe) { return stationary(Architecture.SYSTOLIC_WS, rows, cols, p, signed, pe, 0); }

    static ArrayUnderTest is(int rows, int cols, Precision p, boolean signed, PeKind pe) { return stationary(Architecture.SYSTOLIC_IS, rows, cols, p, signed, pe, 0); }

    static ArrayUnderTest of(Architecture arch, int rows, int cols, Precision p, boolean signed, PeKind pe) {
        return switch (arch) {
            case SYSTOLIC_OS -> os(rows, cols, p, signed, pe);
            case SYSTOLIC_WS -> ws(rows, cols, p, signed, pe);
            case SYSTOLIC_IS -> is(rows, cols, p, signed, pe);
            default -> throw new IllegalArgumentException(arch.toString());
        };
    }

    static ArrayUnderTest stationary(Architecture arch, int rows, int cols, Precision p, boolean signed, PeKind pe, int accWidth) {
        StationaryArrayParams sp = new StationaryArrayParams(rows, cols, p, signed, pe, accWidth);
        return new ArrayUnderTest(arch, sp, rows, cols, p, signed, pe, sp.accBits());
    }

    Design elaborate() {
        return switch (params) {
            case OsArrayParams p -> Elaborator.elaborate(() -> new OsArray(p));
            case StationaryArrayParams p when arch == Architecture.SYSTOLIC_WS -> Elaborator.elaborate(() -> new WsArray(p));
            case StationaryArrayParams p -> Elaborator.elaborate(() -> new IsArray(p));
            default -> throw new IllegalStateException(params.toString());
        };
    }

    PortTrace model(List<Tile> folds) {
        return switch (params) {
            case OsArrayParams p -> new OsArrayModel(p).run(folds);
            case StationaryArrayParams p when arch == Architecture.SYSTOLIC_WS -> new WsArrayModel(p).run(folds);
            case StationaryArrayParams p -> new IsArrayModel(p).run(folds);
            default -> throw new IllegalStateException(params.toString());
        };
    }

    CycleModel cycleModel() { return CycleModel.of(arch, rows, cols); }

    /** Largest M, K, N of one fold (the streamed dimension gets {@code stream}). */
    int[] maxShape(int stream) {
        return switch (arch) {
            case SYSTOLIC_OS -> new int[] {rows, stream, cols};
            case SYSTOLIC_WS -> new int[] {stream, rows, cols};
            default -> new int[] {cols, rows, stream};
        };
    }

    /** The compute cycles of one fold of this tile, from the cycle model. */
    long foldCycles(Tile t) { return cycleModel().foldCycles(t.m(), t.k(), t.n()); }

    /** Cycles from a fold's first cycle to the next fold's, folds back to back. */
    long period(Tile t) {
        CycleModel c = cycleModel();
        return arch == Architecture.SYSTOLIC_OS ? c.arrayCycles(t.m(), t.k(), t.n()) : c.foldCycles(t.m(), t.k(), t.n());
    }

    /** A random tile, its dimensions anywhere from 1 to the fold's limits (the streamed one up to {@code stream}). */
    Tile randomTile(Random rnd, int stream) {
        int[] max = maxShape(stream);
        int m = 1 + rnd.nextInt(max[0]), k = 1 + rnd.nextInt(max[1]), n = 1 + rnd.nextInt(max[2]);
        return new Tile(Operands.matrix(precision, signed, m, k, rnd), Operands.matrix(precision, signed, k, n, rnd));
    }

    /** Full-size tiles of one extreme value each: minimum, maximum, zero, one, all ones; and min x max. */
    List<Tile> extremeTiles(int stream) {
        int[] max = maxShape(stream);
        List<Tile> out = new ArrayList<>();
        List<Long> values = Operands.extremes(precision, signed);
        for (long v : values) out.add(new Tile(Operands.filled(max[0], max[1], v), Operands.filled(max[1], max[2], v)));
        out.add(new Tile(Operands.filled(max[0], max[1], precision.min(signed)), Operands.filled(max[1], max[2], precision.max(signed))));
        return out;
    }

    @Override public String toString() {
        return arch + " " + rows + "x" + cols + " " + precision + (signed ? " signed " : " unsigned ") + pe + " acc" + accBits;
    }
}
