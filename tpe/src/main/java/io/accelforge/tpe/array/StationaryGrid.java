package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.tpe.pe.PeArithmetic;
import io.accelforge.tpe.pe.PeParams;
import io.accelforge.tpe.pe.Resolve;
import io.accelforge.tpe.pe.StationaryPe;

/**
 * The R x C grid of {@link StationaryPe}s shared by the weight- and input-stationary arrays,
 * without their valid pipeline. The streaming operand {@code xIn_i} enters row i and flows
 * right; partial sums flow down, starting from zero above row 0; {@code psum_j} is column j's
 * bottom partial sum, resolved (for OPT1, the one carry-propagate adder of the column).
 *
 * <p>Preload: {@code load} high for R consecutive cycles writes {@code wIn_j} into row R-1,
 * then R-2, ..., then row 0 (the bottom row first), one row per cycle. A one-hot row pointer
 * (back at row R-1 whenever {@code load} is low) picks the row, so no net enables more than one
 * row of PEs. A value x entering row i at cycle t meets PE(i, j) at cycle t + j; the partial sum
 * of PE(R-1, j) at cycle t is on {@code psum_j} at cycle t + 1.
 */
public final class StationaryGrid extends Module {
    public final Vec<Input> xIn, wIn;
    public final Input load;
    public final Vec<Output> psum;
    private final StationaryPe[][] pes;
    private final Resolve[] resolve;
    private final Reg[] loadRow;
    private final Wire[] rowLoad;

    public StationaryGrid(StationaryArrayParams p) {
        super(p);
        int rows = p.rows(), cols = p.cols();
        PeParams pp = p.peParams();
        PeArithmetic arith = pp.arithmetic();
        xIn = inputs(rows, arith.operandType());
        wIn = inputs(cols, arith.operandType());
        load = input(Bool());
        psum = outputs(cols, arith.resultType());

        // loadRow_i: row i is the one the next load cycle writes; it moves up one row per load cycle
        // (a single row needs no pointer)
        loadRow = new Reg[rows == 1 ? 0 : rows];
        for (int i = 0; i < loadRow.length; i++) loadRow[i] = reg(Bool()).init(i == rows - 1 ? 1 : 0);
        rowLoad = new Wire[rows];
        for (int i = 0; i < rows; i++) {
            rowLoad[i] = wire(rows == 1 ? load : load.and(loadRow[i]));
            if (rows == 1) continue;
            Reg r = loadRow[i], below = loadRow[(i + 1) % rows];
            long home = i == rows - 1 ? 1 : 0;
            when(load, () -> r.set(below)).otherwise(() -> r.set(home));
        }

        pes = new StationaryPe[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                StationaryPe pe = instance(new StationaryPe(pp));
                pes[i][j] = pe;
                pe.x.set(j == 0 ? xIn.get(i) : pes[i][j - 1].xOut);
                pe.wIn.set(wIn.get(j));
                pe.load.set(rowLoad[i]);
                for (int r = 0; r < arith.rows(); r++) {
                    pe.psumIn.get(r).set(i == 0 ? arith.zeros().get(r) : pes[i - 1][j].psumOut.get(r));
                }
            }
        }
        resolve = new Resolve[cols];
        for (int j = 0; j < cols; j++) {
            resolve[j] = instance(new Resolve(pp));
            for (int r = 0; r < arith.rows(); r++) resolve[j].acc.get(r).set(pes[rows - 1][j].psumOut.get(r));
            psum.get(j).set(resolve[j].value);
        }
    }
}
