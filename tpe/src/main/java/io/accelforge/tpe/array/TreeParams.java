package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SameBitWeightTree;
import io.accelforge.tpe.pe.TreeDotParams;
import io.accelforge.tpe.pe.TreePlainDot;
import java.util.List;

/**
 * A multiplier-adder tree: n tiles, each a k-wide dot product of the shared a vector with
 * its own k b values, reduced by a tree and accumulated across K chunks.
 */
public record TreeParams(
        @Param(min = 1, max = 256, doc = "dot-product length per cycle (the K chunk)") int k,
        @Param(min = 1, max = 256, doc = "tiles: dot products per cycle, sharing the a vector") int n,
        @Param(doc = "operand precision: int4, int8, int16") Precision precision,
        @Param(doc = "operands are two's complement") boolean signed,
        @Param(doc = "PE kind: plain (multipliers + adder tree) or opt2 (shared Booth encoding, same-bit-weight compressor array)") PeKind pe,
        @Param(min = 0, max = 32, doc = "pipeline registers in each tile's tree, before the accumulator (match it to compare kinds)") int stages,
        @Param(min = 1, max = 1 << 30, doc = "longest reduction the accumulator holds exactly") int kMax,
        @Param(min = 0, max = 64, doc = "accumulator width in bits; 0 = 2W + ceil(log2 kMax)") int accWidth) {

    public static final List<PeKind> KINDS = List.of(PeKind.PLAIN, PeKind.OPT2);

    public TreeParams {
        Params.check(TreeParams.class, k, n, precision, signed, pe, stages, kMax, accWidth);
        Params.require(precision != null && pe != null, "parameters 'precision' and 'pe' are required");
        Params.require(KINDS.contains(pe), "parameter 'pe' = " + pe.name().toLowerCase() + " does not apply to the multiplier-adder tree; it takes " + CubeParams.names(KINDS));
        int most = maxStages(k, precision, signed, pe);
        Params.require(stages <= most, "parameter 'stages' = " + stages + " is more than the " + most + " places a k=" + k + " "
                + pe.name().toLowerCase() + " tree has for registers");
        Params.require(accWidth == 0 || accWidth >= 2 * precision.bits(),
                "parameter 'accWidth' = " + accWidth + " must be 0 (derived) or at least 2W = " + 2 * precision.bits());
        Params.require(accWidth != 0 || precision.accWidth(kMax) <= 64, "parameter 'kMax' = " + kMax + " needs a " + precision.accWidth(kMax) + "-bit accumulator; 64 is the most");
    }

    public TreeDotParams tile() { return new TreeDotParams(k, precision, signed, stages); }

    public int accumulatorWidth() { return accWidth == 0 ? precision.accWidth(kMax) : accWidth; }

    public HwType result() { return signed ? Hcl.SInt(accumulatorWidth()) : Hcl.UInt(accumulatorWidth()); }

    /** Cycles from a chunk's operands to its accumulation showing at cOut: the tree's registers plus the accumulator. */
    public int latency() { return stages + 1; }

    /** The most pipeline registers a tile of this kind has places for. */
    public static int maxStages(int k, Precision precision, boolean signed, PeKind pe) {
        TreeDotParams t = new TreeDotParams(k, precision, signed, 0);
        return pe == PeKind.OPT2 ? SameBitWeightTree.levels(t) : TreePlainDot.levels(t);
    }
}
