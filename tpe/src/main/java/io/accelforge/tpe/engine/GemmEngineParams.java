package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;

/**
 * A GEMM engine ({@link GemmEngine}): an array of one architecture, its scratchpads and the
 * command interface. {@code rows} and {@code cols} are the array's; what a scratchpad word
 * holds and which depths apply depend on the architecture ({@link EngineAdapter}).
 */
public record GemmEngineParams(
        @Param(doc = "array architecture: systolic_os, systolic_ws, systolic_is, or matrix_2d (sparse digit-serial PEs)") Architecture architecture,
        @Param(min = 1, max = 128, doc = "rows of PEs") int rows,
        @Param(min = 1, max = 128, doc = "columns of PEs") int cols,
        @Param(doc = "operand precision: int4, int8 or int16") Precision precision,
        @Param(doc = "operands are two's complement (else unsigned)") boolean signed,
        @Param(doc = "PE kind: plain or opt1 (systolic); opt4 or opt3 (matrix_2d)") PeKind pe,
        @Param(min = 0, max = 63, doc = "width of a C scratchpad lane; 0 = 2W + ceil(log2 kMax), exact up to kMax terms") int accWidth,
        @Param(min = 1, max = 1 << 30, doc = "longest reduction the derived C width holds exactly") int kMax,
        @Param(min = 0, max = 65536, doc = "A scratchpad words, a power of two; 0 = the architecture's default") int aDepth,
        @Param(min = 0, max = 65536, doc = "B scratchpad words, a power of two; 0 = the architecture's default") int bDepth,
        @Param(min = 0, max = 65536, doc = "C scratchpad words, a power of two; 0 = the architecture's default") int cDepth) {

    public GemmEngineParams {
        Params.require(architecture != null, "parameter 'architecture' is missing: give one of " + EngineAdapters.names());
        Params.require(precision != null, "parameter 'precision' is missing: give int4, int8 or int16");
        Params.require(pe != null, "parameter 'pe' is missing");
        Params.check(GemmEngineParams.class, architecture, rows, cols, precision, signed, pe, accWidth, kMax, aDepth, bDepth, cDepth);
        EngineAdapter adapter = EngineAdapters.of(architecture, pe);
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2 x " + precision + " = " + 2 * precision.bits());
        requireDepth("aDepth", aDepth);
        requireDepth("bDepth", bDepth);
        requireDepth("cDepth", cDepth);
        adapter.scratchpads(rows, cols, aDepth, bDepth, cDepth);
    }

    /** A rows x cols engine with derived widths and default depths, signed or not. */
    public static GemmEngineParams of(Architecture arch, int rows, int cols, Precision precision, boolean signed, PeKind pe) {
        return new GemmEngineParams(arch, rows, cols, precision, signed, pe, 0, 65536, 0, 0, 0);
    }

    /** The same engine with other scratchpad depths (0 = default). */
    public GemmEngineParams withDepths(int a, int b, int c) {
        return new GemmEngineParams(architecture, rows, cols, precision, signed, pe, accWidth, kMax, a, b, c);
    }

    /** The adapter of this architecture. */
    public EngineAdapter adapter() { return EngineAdapters.of(architecture, pe); }

    /** Width of a C lane (the engine's accumulator): accWidth, or 2W + ceil(log2 kMax). */
    public int acc() { return accWidth != 0 ? accWidth : precision.accWidth(kMax); }

    /** Operand bits W. */
    public int w() { return precision.bits(); }

    /** The lanes and depths of the three scratchpads. */
    public Scratchpads scratchpads() { return adapter().scratchpads(rows, cols, aDepth, bDepth, cDepth); }

    /** Bits of cmdData: the wider of the A and B words. */
    public int cmdDataBits() {
        Scratchpads s = scratchpads();
        return Math.max(s.aLanes(), s.bLanes()) * w();
    }

    /** Bits of rspData: a C word, and at least the 32 bits of a status or counter word. */
    public int rspDataBits() { return Math.max(32, scratchpads().cLanes() * acc()); }

    private static void requireDepth(String name, int depth) {
        Params.require(depth == 0 || (depth >= 2 && Integer.bitCount(depth) == 1),
                "parameter '" + name + "' = " + depth + " must be 0 (default) or a power of two from 2 to 65536");
    }

    /**
     * What distinguishes the hardware, for module names: e.g. {@code os_16x16_int8s_plain_acc32_a256_b256_c16}.
     * The names spelled out from every record component pass Verilator's identifier limit
     * (longer ones are hashed, and a hashed top module is "not found").
     */
    public String tag() {
        Scratchpads s = scratchpads();
        return lower(architecture).replace("systolic_", "").replace("matrix_2d", "m2d") + "_" + rows + "x" + cols + "_" + lower(precision) + (signed ? "s" : "u") + "_" + lower(pe)
                + "_acc" + acc() + "_a" + s.aDepth() + "_b" + s.bDepth() + "_c" + s.cDepth();
    }

    static String lower(Enum<?> e) { return EngineAdapters.lower(e); }

    @Override public String toString() {
        return lower(architecture) + " " + rows + "x" + cols + " " + lower(precision) + (signed ? " signed " : " unsigned ") + lower(pe)
                + " acc" + acc() + " (" + scratchpads() + ")";
    }
}
