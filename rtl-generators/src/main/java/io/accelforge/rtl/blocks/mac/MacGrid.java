package io.accelforge.rtl.blocks.mac;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Vec;

/**
 * A rows x cols grid of output-stationary MAC cells: A values enter on the left and flow
 * right, B values enter at the top and flow down, every cell accumulates a*b.
 */
public final class MacGrid extends Module {
    public final Vec<Input> aIn, bIn;
    public final Input en, clear;
    public final Vec<Output> acc;
    private final MacCell[][] cells;

    public MacGrid(MacGridParams p) {
        super(p);
        MacCellParams cp = new MacCellParams(p.width(), p.accWidth());
        aIn = inputs(p.rows(), SInt(p.width()));
        bIn = inputs(p.cols(), SInt(p.width()));
        en = input(Bool());
        clear = input(Bool());
        acc = outputs(p.rows() * p.cols(), SInt(p.accWidth()));

        cells = new MacCell[p.rows()][p.cols()];
        for (int r = 0; r < p.rows(); r++) {
            for (int c = 0; c < p.cols(); c++) {
                MacCell cell = instance(new MacCell(cp));
                cells[r][c] = cell;
                cell.a.set(c == 0 ? aIn.get(r) : cells[r][c - 1].aOut);
                cell.b.set(r == 0 ? bIn.get(c) : cells[r - 1][c].bOut);
                cell.en.set(en);
                cell.clear.set(clear);
                acc.get(r * p.cols() + c).set(cell.acc);
            }
        }
    }
}
