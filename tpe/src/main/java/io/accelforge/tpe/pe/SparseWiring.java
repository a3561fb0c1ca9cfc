package io.accelforge.tpe.pe;

import io.accelforge.rtl.blocks.arith.PrefixAdders;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;

/** Connections that every sparsity-encoding top (PE, column, array) makes the same way. */
public final class SparseWiring {
    private SparseWiring() {}

    /** Broadcasts the encoder's current digit to a lane and lets the lane accumulate while the encoder is busy. */
    public static void digitToLane(SparseDigitEncoder encoder, SparseDigitLane lane) {
        lane.neg.set(encoder.neg);
        lane.one.set(encoder.one);
        lane.two.set(encoder.two);
        lane.position.set(encoder.position);
        lane.accumulate.set(encoder.busy);
    }

    /**
     * The lane's accumulator as one number: the carry-propagate add of its two rows (Brent-Kung:
     * few cells; it is off the MAC loop), read as the operands' signedness.
     */
    public static Value result(SparseDigitLane lane, boolean signed) {
        Value sum = PrefixAdders.addWrapping(lane.sumOut, lane.carryOut, PrefixNetwork.BRENT_KUNG);
        return signed ? sum.asSInt() : sum;
    }

    /** The accumulator as a port type: acc bits, the operands' signedness. */
    public static HwType accumulatorType(SparseDigitPeParams p) { return p.signed() ? Hcl.SInt(p.acc()) : Hcl.UInt(p.acc()); }
}
