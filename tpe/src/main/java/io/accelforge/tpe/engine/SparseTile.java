package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.bitsFor;

import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.array.SparseMatrix;
import io.accelforge.tpe.array.SparseMatrixParams;
import java.util.List;

/**
 * One fold on a {@link SparseMatrix}: step k's operands (A word k, B word k) are read at cycle
 * 1 for k = 0 and, after that, in the cycle step k-1 is taken, so they are offered (inValid)
 * from the next cycle with no gap however many digit cycles a step takes; no skew (the array
 * broadcasts). After the last step the drain is requested until taken; the R rows come out
 * bottom row first and go to C words R-1 .. 0. From COMPUTE's cycle, the array's tile
 * (first step offered to last row out) starts at cycle 2.
 */
final class SparseTile extends TileUnit {
    private final SparseMatrix array;
    private final Reg fetchFirst, offered, toRead, readAddr, drainWanted, row;
    private final Wire taken, readNow;

    SparseTile(GemmEngineParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        array = instance(new SparseMatrix(new SparseMatrixParams(rows, cols, p.precision(), p.signed(), p.pe(), p.acc(), p.kMax())));

        fetchFirst = regNext(start, 0);
        offered = reg(Bool()).init(0);
        toRead = reg(UInt(16)).init(0);
        readAddr = reg(UInt(Math.max(pads.aAddrBits(), pads.bAddrBits()))).init(0);
        drainWanted = reg(Bool()).init(0);
        taken = wire(offered.and(array.inReady));
        // the first word once started; the next one as soon as a step is taken
        readNow = wire(fetchFirst.or(taken.and(toRead.ne(0))));
        when(start, () -> {
            toRead.set(length);
            readAddr.set(0);
        }).elseWhen(readNow, () -> {
            toRead.set(toRead.sub(1));
            readAddr.set(readAddr.add(1));
        });
        when(readNow, () -> offered.set(1)).elseWhen(taken, () -> offered.set(0));
        when(taken.and(toRead.eq(0)), () -> drainWanted.set(1)).elseWhen(array.drainReady, () -> drainWanted.set(0));
        aRead.set(readNow);
        bRead.set(readNow);
        aAddr.set(readAddr.trunc(pads.aAddrBits()));
        bAddr.set(readAddr.trunc(pads.bAddrBits()));

        List<Value> a = operands(aData, rows), b = operands(bData, cols);
        for (int r = 0; r < rows; r++) array.aIn.get(r).set(a.get(r));
        for (int c = 0; c < cols; c++) array.bIn.get(c).set(b.get(c));
        array.inValid.set(offered);
        array.drain.set(drainWanted);

        row = reg(UInt(bitsFor(rows - 1))).init(0);
        when(drainWanted.and(array.drainReady), () -> row.set(rows - 1)).elseWhen(array.outValid, () -> row.set(row.sub(1)));
        cValid.set(array.outValid);
        cAddr.set(row.zext(pads.cAddrBits()));
        cLast.set(array.outValid.and(row.eq(0)));
        cData.set(cWord(array.cOut.asList()));
    }
}
