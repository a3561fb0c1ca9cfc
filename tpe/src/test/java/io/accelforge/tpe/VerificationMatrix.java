package io.accelforge.tpe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verification matrix of tpe/DESIGN.md: which (architecture, PE kind, precision) cells run
 * random GEMMs in Verilator, and how many. The Verilator tests take their cells from here, and
 * {@code VerificationMatrixTest} checks that the cells cover every architecture x PE kind with
 * at least two precisions, so a cell cannot drop out of CI unnoticed.
 *
 * <p>Cells with a GEMM engine run through it ({@code engine/GemmEngineVerilatorTest}: the
 * driver tiles the GEMM, the engine's own counter is checked against {@code EngineCycleModel});
 * the cube, the tree and the fixed-rate 2D-Matrix have no engine and run whole GEMMs at array
 * level ({@code array/ArrayGemmVerilatorTest}: the array's GEMM plan tiles it, every output is
 * compared with the cycle-exact port model each cycle, the span with the cycle model).
 */
public final class VerificationMatrix {
    /** GEMMs per cell in CI. */
    public static final int CI_GEMMS = 200;
    /** GEMMs per cell in a long run ({@code -Daccelforge.long=true}). */
    public static final int LONG_GEMMS = 1000;

    /** The PE kinds that apply to each architecture. */
    public static final Map<Architecture, List<PeKind>> KINDS = Map.of(
            Architecture.SYSTOLIC_OS, List.of(PeKind.PLAIN, PeKind.OPT1),
            Architecture.SYSTOLIC_WS, List.of(PeKind.PLAIN, PeKind.OPT1),
            Architecture.SYSTOLIC_IS, List.of(PeKind.PLAIN, PeKind.OPT1),
            Architecture.CUBE, List.of(PeKind.PLAIN, PeKind.OPT1),
            Architecture.TREE, List.of(PeKind.PLAIN, PeKind.OPT2),
            Architecture.MATRIX_2D, List.of(PeKind.PLAIN, PeKind.OPT1, PeKind.OPT3, PeKind.OPT4));

    /** One cell: an architecture built of one PE kind at one precision and signedness. */
    public record Cell(Architecture arch, PeKind pe, Precision precision, boolean signed) {
        @Override public String toString() {
            return lower(arch).replace("systolic_", "systolic ").replace("matrix_2d", "matrix-2d").replace("tree", "mac-tree") + " " + lower(pe) + " "
                    + lower(precision) + (signed ? "s" : "u");
        }
    }

    private VerificationMatrix() {}

    /** Cells run through the GEMM engine: systolic OS, WS, IS (plain, OPT1) and the sparse 2D-Matrix (OPT4, OPT3), three precisions each. */
    public static List<Cell> engineCells() {
        List<Cell> out = new ArrayList<>();
        for (Architecture arch : List.of(Architecture.SYSTOLIC_OS, Architecture.SYSTOLIC_WS, Architecture.SYSTOLIC_IS)) {
            for (PeKind pe : List.of(PeKind.PLAIN, PeKind.OPT1)) threePrecisions(out, arch, pe);
        }
        for (PeKind pe : List.of(PeKind.OPT4, PeKind.OPT3)) threePrecisions(out, Architecture.MATRIX_2D, pe);
        return out;
    }

    /** Cells run at array level: cube and 2D-Matrix (plain, OPT1), tree (plain, OPT2), INT8 signed and INT4 unsigned each. */
    public static List<Cell> arrayCells() {
        List<Cell> out = new ArrayList<>();
        for (Architecture arch : List.of(Architecture.CUBE, Architecture.TREE, Architecture.MATRIX_2D)) {
            for (PeKind pe : arch == Architecture.TREE ? List.of(PeKind.PLAIN, PeKind.OPT2) : List.of(PeKind.PLAIN, PeKind.OPT1)) {
                out.add(new Cell(arch, pe, Precision.INT8, true));
                out.add(new Cell(arch, pe, Precision.INT4, false));
            }
        }
        return out;
    }

    /** Every cell. */
    public static List<Cell> all() {
        List<Cell> out = new ArrayList<>(engineCells());
        out.addAll(arrayCells());
        return out;
    }

    /**
     * GEMMs per cell: {@code -Daccelforge.gemms=N} when given, else {@value #LONG_GEMMS} with
     * {@code -Daccelforge.long=true}, else {@value #CI_GEMMS}.
     */
    public static int gemms() {
        return Integer.getInteger("accelforge.gemms", Boolean.getBoolean("accelforge.long") ? LONG_GEMMS : CI_GEMMS);
    }

    /** The line a Verilator test prints for a cell it has checked, one per cell, in one format the lead can quote. */
    public static String summary(Cell cell, String config, int gemms, long macs, long cycles, double seconds) {
        return String.format(Locale.ROOT, "verification matrix: %s (%s): %d GEMMs (extremes, ragged 36x98x47, random), %d MACs, %d cycles, 0 mismatches, cycles = model; %.1f s",
                cell, config, gemms, macs, cycles, seconds);
    }

    private static void threePrecisions(List<Cell> out, Architecture arch, PeKind pe) {
        out.add(new Cell(arch, pe, Precision.INT8, true));
        out.add(new Cell(arch, pe, Precision.INT16, false));
        out.add(new Cell(arch, pe, Precision.INT4, true));
    }

    static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}
