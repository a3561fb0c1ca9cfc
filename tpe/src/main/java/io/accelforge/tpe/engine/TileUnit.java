package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture-specific part of a {@link GemmEngine}: the array with its input skew,
 * output deskew and the sequencing of one fold. The engine starts it, serves its scratchpad
 * reads and adds what it emits into C.
 *
 * <p>Contract (cycle 0 is the cycle {@code start} is high, the COMPUTE command's cycle):
 * <ul>
 * <li>{@code start} comes with {@code length} >= 1 (the streamed dimension) while the unit is
 *     idle; it stays low until the unit has emitted its last word.</li>
 * <li>{@code aRead}/{@code aAddr} (and B's) read a scratchpad word synchronously: it is on
 *     {@code aData} in the next cycle and held until the next read.</li>
 * <li>{@code cValid} with {@code cAddr}, {@code cData} (cLanes lanes of accWidth bits, lane 0
 *     in the low bits): a word the engine adds into C word cAddr; {@code cLast} marks the
 *     fold's last word. A unit emits each address at most once per fold.</li>
 * </ul>
 */
public abstract class TileUnit extends Module {
    public final Input start, length, aData, bData;
    public final Output aRead, aAddr, bRead, bAddr, cValid, cAddr, cData, cLast;
    protected final GemmEngineParams p;
    protected final Scratchpads pads;

    protected TileUnit(GemmEngineParams p) {
        super(p);
        this.p = p;
        this.pads = p.scratchpads();
        start = input(Bool());
        length = input(UInt(16));
        aData = input(UInt(pads.aLanes() * p.w()));
        bData = input(UInt(pads.bLanes() * p.w()));
        aRead = output(Bool());
        aAddr = output(UInt(pads.aAddrBits()));
        bRead = output(Bool());
        bAddr = output(UInt(pads.bAddrBits()));
        cValid = output(Bool());
        cAddr = output(UInt(pads.cAddrBits()));
        cData = output(UInt(pads.cLanes() * p.acc()));
        cLast = output(Bool());
    }

    /** The class name and the engine's {@link GemmEngineParams#tag}: the full parameter names are too long for Verilator. */
    @Override public String moduleName() { return getClass().getSimpleName() + "_" + ((GemmEngineParams) params()).tag(); }

    /** Lane {@code i} of a word of {@code bits}-wide lanes. */
    protected static Value lane(Value word, int i, int bits) { return word.bits((i + 1) * bits - 1, i * bits); }

    /** The operand lanes of a scratchpad word, as the array's operand type. */
    protected List<Value> operands(Value word, int lanes) {
        List<Value> out = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) out.add(p.signed() ? lane(word, i, p.w()).asSInt() : lane(word, i, p.w()));
        return out;
    }

    /** Results (the array's result type) as one C word: each extended or wrapped to accWidth, lane 0 in the low bits. */
    protected Value cWord(List<? extends Value> results) {
        List<Value> lanes = new ArrayList<>(results.size());
        for (int j = results.size() - 1; j >= 0; j--) lanes.add(resize(results.get(j), p.acc()).asUInt());
        return cat(lanes);
    }

    /** {@code v} at exactly {@code width} bits: extended by its signedness or wrapped. */
    protected static Value resize(Value v, int width) {
        if (v.width() == width) return v;
        return v.width() < width ? v.ext(width) : v.trunc(width);
    }
}
