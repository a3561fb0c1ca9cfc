package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.bitsFor;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.tpe.array.IsArray;
import io.accelforge.tpe.array.StationaryArrayParams;
import io.accelforge.tpe.array.WsArray;
import java.util.ArrayList;
import java.util.List;

/**
 * One fold on a weight- or input-stationary array ({@link WsArray} holds B, {@link IsArray}
 * holds A). Preload: the held operand's words R-1 .. 0 are read at cycles 1..R and arrive at
 * 2..R+1 with {@code load} (fold cycles 0..R-1: the array writes its bottom row first).
 * Stream: words 0..L-1 of the other operand (L = {@code length}) are read at cycles
 * R+1 .. R+L and arrive with {@code valid} at fold cycle R + s, lane i skewed by i registers.
 * The array's column j shows result s at fold cycle 2R + s + j; the deskew delays column j by
 * C-1-j, so the whole word s (C lanes) is added into C word s at fold cycle 2R + s + C - 1,
 * engine cycle 2R + s + C + 1.
 */
final class StationaryTile extends TileUnit {
    /** Which operand the array holds: B (weight stationary) or A (input stationary). */
    enum Held { A, B }

    private final Module array;
    private final Skew streamSkew, deskew;
    private final Reg preloading, preAddr, lengthHeld, streaming, streamAddr, left, loadData, validData, outAddr, outLeft;

    StationaryTile(GemmEngineParams p, Held held) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        StationaryArrayParams ap = new StationaryArrayParams(rows, cols, p.precision(), p.signed(), p.pe(), 0);
        Vec<Input> heldIn, streamIn;
        Vec<Output> out, outValid;
        Input load, valid;
        if (held == Held.B) {
            WsArray ws = instance(new WsArray(ap));
            heldIn = ws.bIn;
            streamIn = ws.aIn;
            out = ws.cOut;
            outValid = ws.cValid;
            load = ws.load;
            valid = ws.valid;
            array = ws;
        } else {
            IsArray is = instance(new IsArray(ap));
            heldIn = is.aIn;
            streamIn = is.bIn;
            out = is.cOut;
            outValid = is.cValid;
            load = is.load;
            valid = is.valid;
            array = is;
        }
        Output heldRead = held == Held.B ? bRead : aRead, streamRead = held == Held.B ? aRead : bRead;
        Output heldAddr = held == Held.B ? bAddr : aAddr, streamAddrOut = held == Held.B ? aAddr : bAddr;
        Input heldData = held == Held.B ? bData : aData, streamData = held == Held.B ? aData : bData;

        // preload R words, bottom row first; then stream length words
        preloading = reg(Bool()).init(0);
        preAddr = reg(UInt(bitsFor(rows - 1))).init(0);
        lengthHeld = reg(UInt(16)).init(0);
        streaming = reg(Bool()).init(0);
        streamAddr = reg(UInt(streamAddrOut.width())).init(0);
        left = reg(UInt(16)).init(0);
        when(start, () -> {
            preloading.set(1);
            preAddr.set(rows - 1);
            lengthHeld.set(length);
        });
        when(preloading, () -> {
            preAddr.set(preAddr.sub(1));
            when(preAddr.eq(0), () -> {
                preloading.set(0);
                streaming.set(1);
                streamAddr.set(0);
                left.set(lengthHeld);
            });
        });
        when(streaming, () -> {
            streamAddr.set(streamAddr.add(1));
            left.set(left.sub(1));
            when(left.eq(1), () -> streaming.set(0));
        });
        heldRead.set(preloading);
        heldAddr.set(preAddr.zext(heldAddr.width()));
        streamRead.set(streaming);
        streamAddrOut.set(streamAddr);

        loadData = regNext(preloading, 0);
        validData = regNext(streaming, 0);
        load.set(loadData);
        valid.set(validData);
        List<Value> heldLanes = operands(heldData, heldIn.size());
        for (int j = 0; j < heldIn.size(); j++) heldIn.get(j).set(heldLanes.get(j));
        streamSkew = streamIn.size() == 1 ? null : instance(new Skew(new Skew.Shape(streamIn.size(), p.w(), true)));
        for (int i = 0; i < streamIn.size(); i++) {
            Value v = lane(streamData, i, p.w());
            if (streamSkew != null) {
                streamSkew.in.get(i).set(v);
                v = streamSkew.out.get(i);
            }
            streamIn.get(i).set(p.signed() ? v.asSInt() : v);
        }

        // results: column j is C-1-j cycles ahead of the last column
        int psum = out.get(0).width();
        deskew = cols == 1 ? null : instance(new Skew(new Skew.Shape(cols, psum, false)));
        List<Value> results = new ArrayList<>(cols);
        for (int j = 0; j < cols; j++) {
            Value v = out.get(j).asUInt();
            if (deskew != null) {
                deskew.in.get(j).set(v);
                v = deskew.out.get(j);
            }
            results.add(p.signed() ? v.asSInt() : v);
        }
        Value wordValid = outValid.get(cols - 1);
        outAddr = reg(UInt(pads.cAddrBits())).init(0);
        outLeft = reg(UInt(16)).init(0);
        when(start, () -> {
            outAddr.set(0);
            outLeft.set(length);
        }).elseWhen(wordValid, () -> {
            outAddr.set(outAddr.add(1));
            outLeft.set(outLeft.sub(1));
        });
        cValid.set(wordValid);
        cAddr.set(outAddr);
        cLast.set(wordValid.and(outLeft.eq(1)));
        cData.set(cWord(results));
    }
}
