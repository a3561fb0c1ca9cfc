package io.accelforge.tpe.array;

import io.accelforge.tpe.pe.SparseDigitModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden model of one {@link SparseMatrix} tile, cycle by cycle: step k (A's column k,
 * B's row k) is offered from cycle 0 until taken, the next right after; once all are taken a
 * drain is requested until taken; the rows results come out bottom row first. This is the
 * protocol {@link SparseMatrixDriver} runs on the RTL.
 */
public final class SparseMatrixModel {
    /** Results of one array row, out in {@code cycle} (cycle 0 offers the first step). */
    public record Output(long cycle, int row, long[] values) {}

    /** The outputs in order and the tile's cycle count (last output cycle + 1). */
    public record Run(List<Output> outputs, long cycles) {
        /** The results as a rows x cols matrix. */
        public long[][] c() {
            long[][] c = new long[outputs.size()][];
            for (Output o : outputs) c[o.row()] = o.values();
            return c;
        }
    }

    private final SparseMatrixParams p;

    public SparseMatrixModel(SparseMatrixParams p) { this.p = p; }

    /** One tile: {@code a} is rows x K, {@code b} is K x cols. */
    public Run run(long[][] a, long[][] b) {
        SparseMatrixDriver.requireTile(p, a, b);
        int k = b.length;
        SparseDigitModel m = new SparseDigitModel(p.rows(), p.cols(), p.precision(), p.signed(), p.acc());
        List<Output> out = new ArrayList<>();
        int next = 0;
        for (long t = 0; out.size() < p.rows(); t++) {
            if (m.outValid()) {
                long[] v = new long[p.cols()];
                for (int c = 0; c < p.cols(); c++) v[c] = m.out(c);
                out.add(new Output(t, p.rows() - 1 - out.size(), v));
            }
            boolean offer = next < k;
            long[] av = SparseMatrixDriver.column(a, offer ? next : 0), bv = b[offer ? next : 0];
            if (offer && m.inReady()) next++;
            m.step(offer, av, bv, !offer);
        }
        return new Run(out, out.getLast().cycle() + 1);
    }
}
