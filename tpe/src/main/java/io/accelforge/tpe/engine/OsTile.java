package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.bitsFor;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.tpe.array.OsArray;
import io.accelforge.tpe.array.OsArrayParams;
import java.util.ArrayList;
import java.util.List;

/**
 * One fold on an {@link OsArray}: K = {@code length} steps read A and B word k (column k of A,
 * row k of B) at cycles 1..K; the words arrive at cycle k + 2, which is the array's fold cycle
 * k, and lane i (j) is skewed by i (j) registers, as the array expects A[i][k] at i + k and
 * B[k][j] at j + k. {@code valid} is the data's arrival, {@code first} the first step's.
 * {@code drain} follows the last step by R + C - 2 cycles (fold cycle K + R + C - 3, the
 * earliest), and the R rows that drain out, bottom row first, go to C words R-1 .. 0 at
 * cycles K + R + C .. K + 2R + C - 1.
 */
final class OsTile extends TileUnit {
    private final OsArray array;
    private final Skew aSkew, bSkew;
    private final Reg reading, readAddr, left, firstRead, dataValid, dataFirst, dataLast, row;
    private final List<Reg> drainDelay;

    OsTile(GemmEngineParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        array = instance(new OsArray(new OsArrayParams(rows, cols, p.precision(), p.signed(), p.pe(), p.acc(), p.kMax())));

        reading = reg(Bool()).init(0);
        readAddr = reg(UInt(Math.max(pads.aAddrBits(), pads.bAddrBits()))).init(0);
        left = reg(UInt(16)).init(0);
        when(start, () -> {
            reading.set(1);
            readAddr.set(0);
            left.set(length);
        }).elseWhen(reading, () -> {
            readAddr.set(readAddr.add(1));
            left.set(left.sub(1));
            when(left.eq(1), () -> reading.set(0));
        });
        aRead.set(reading);
        bRead.set(reading);
        aAddr.set(readAddr.trunc(pads.aAddrBits()));
        bAddr.set(readAddr.trunc(pads.bAddrBits()));

        // the read data arrive one cycle after the read: so do their flags
        firstRead = regNext(start, 0);
        dataValid = regNext(reading, 0);
        dataFirst = regNext(firstRead, 0);
        dataLast = regNext(reading.and(left.eq(1)), 0);

        aSkew = rows == 1 ? null : instance(new Skew(new Skew.Shape(rows, p.w(), true)));
        bSkew = cols == 1 ? null : instance(new Skew(new Skew.Shape(cols, p.w(), true)));
        skewInto(aSkew, aData, rows, array.aIn.asList());
        skewInto(bSkew, bData, cols, array.bIn.asList());
        array.valid.set(dataValid);
        array.first.set(dataFirst);

        // the last multiply-accumulate reaches PE(R-1, C-1) R + C - 2 cycles after it entered PE(0, 0)
        drainDelay = new ArrayList<>();
        Value drain = dataLast;
        for (int t = 0; t < rows + cols - 2; t++) {
            Reg d = regNext(drain, 0);
            drainDelay.add(d);
            drain = d;
        }
        array.drain.set(drain);

        // the row the next drained word belongs to: R-1 first
        row = reg(UInt(bitsFor(rows - 1))).init(0);
        when(drain, () -> row.set(rows - 1)).elseWhen(array.cValid, () -> row.set(row.sub(1)));
        cValid.set(array.cValid);
        cAddr.set(row.zext(pads.cAddrBits()));
        cLast.set(array.cValid.and(row.eq(0)));
        cData.set(cWord(array.cOut.asList()));
    }

    private void skewInto(Skew skew, Value word, int lanes, List<Input> ports) {
        List<Value> raw = new ArrayList<>();
        for (int i = 0; i < lanes; i++) raw.add(lane(word, i, p.w()));
        for (int i = 0; i < lanes; i++) {
            Value v = raw.get(i);
            if (skew != null) {
                skew.in.get(i).set(v);
                v = skew.out.get(i);
            }
            ports.get(i).set(p.signed() ? v.asSInt() : v);
        }
    }
}
