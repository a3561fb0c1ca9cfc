package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.blocks.arith.BitHeap;
import io.accelforge.rtl.blocks.arith.Booth;
import io.accelforge.rtl.blocks.arith.CompressorTree;
import io.accelforge.rtl.blocks.arith.RowPair;
import io.accelforge.rtl.blocks.arith.TreeKind;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;

/**
 * OPT1 ("compressed-accumulative") 3D-Cube PE: the radix-4 Booth partial products of a*b and
 * the incoming partial sum, still in carry-save form (two rows), go into one Dadda tree; its
 * two output rows are registered and passed on. No carry-propagate adder in the PE: the chain
 * ends in one. Value: sumOut + carryOut = sumIn + carryIn + a*b, modulo 2^chainWidth.
 */
public final class CubeCarrySavePe extends Module {
    public final Input a, b, sumIn, carryIn;
    public final Output sumOut, carryOut;
    private final Reg sum, carry;

    public CubeCarrySavePe(CubePeParams p) {
        super(p);
        int w = p.chainWidth();
        a = input(p.operand());
        b = input(p.operand());
        sumIn = input(UInt(w));
        carryIn = input(UInt(w));
        sumOut = output(UInt(w));
        carryOut = output(UInt(w));

        RowPair next = macRows(a, b, sumIn, carryIn, w);
        sum = regNext(next.x());
        carry = regNext(next.y());
        sumOut.set(sum);
        carryOut.set(carry);
    }

    /**
     * a*b + sum + carry as two rows of {@code width} bits: Booth partial products (rows enter
     * without sign extension; the heap's constant makes the product's value modulo 2^width its
     * extension) and the two rows in one Dadda tree. The OPT1 step of the cube and the 2D-Matrix.
     */
    public static RowPair macRows(Value a, Value b, Value sum, Value carry, int width) {
        BitHeap heap = Booth.addToHeap(new BitHeap(width), Booth.partialProducts(a, Booth.digits(b)));
        heap.addUnsigned(sum, 0).addUnsigned(carry, 0);
        return CompressorTree.reduce(heap, TreeKind.DADDA);
    }
}
