package io.accelforge.rtl.synth;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.blocks.arith.BitHeap;
import io.accelforge.rtl.blocks.arith.Booth;
import io.accelforge.rtl.blocks.arith.CompressorTree;
import io.accelforge.rtl.blocks.arith.PrefixAdders;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.blocks.arith.RowPair;
import io.accelforge.rtl.blocks.arith.TreeKind;
import io.accelforge.rtl.blocks.mac.MacCell;
import io.accelforge.rtl.blocks.mac.MacCellParams;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * {@link MacCell} with the accumulator kept in carry-save form (the tpe anchor's OPT1 PE):
 * radix-4 Booth partial products and the previous sum and carry rows go into one Dadda tree,
 * whose two output rows are the new accumulator; no carry-propagate adder in the loop. The
 * one adder (Brent-Kung, small) sits after the registers, where the result drains. Same
 * ports and arithmetic as MacCell.
 */
final class CarrySaveMacCell extends Module {
    public final Input a, b, en, clear;
    public final Output aOut, bOut, acc;
    private final Reg sumRow, carryRow;

    CarrySaveMacCell(MacCellParams p) {
        super(p);
        int w = p.accWidth();
        a = input(SInt(p.width()));
        b = input(SInt(p.width()));
        en = input(Bool());
        clear = input(Bool());
        aOut = output(SInt(p.width()));
        bOut = output(SInt(p.width()));
        acc = output(SInt(w));

        sumRow = reg(UInt(w)).init(0);
        carryRow = reg(UInt(w)).init(0);
        // the heap is accWidth wide: its sign constants make the product's value modulo 2^accWidth its sign extension
        BitHeap heap = Booth.addToHeap(new BitHeap(w), Booth.partialProducts(a, Booth.digits(b)));
        heap.addUnsigned(sumRow, 0).addUnsigned(carryRow, 0);
        RowPair next = CompressorTree.reduce(heap, TreeKind.DADDA);
        when(clear, () -> {
            sumRow.set(0);
            carryRow.set(0);
        }).elseWhen(en, () -> {
            sumRow.set(next.x());
            carryRow.set(next.y());
        });
        aOut.set(regNext(a));
        bOut.set(regNext(b));
        acc.set(PrefixAdders.addWrapping(sumRow, carryRow, PrefixNetwork.BRENT_KUNG).asSInt());
    }
}
