package io.accelforge.tpe.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.sim.Simulator;
import io.accelforge.tpe.Architecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/** Runs folds through an array in a simulator and checks them against the model and the golden GEMM. */
final class ArrayRuns {
    private ArrayRuns() {}

    /** What one run showed: the trace, the replay, and each fold's first cycle. */
    record Run(ArrayUnderTest array, List<Tile> folds, PortTrace trace, TraceCheck.Replay replay, long[] starts) {
        /** Fold f's C as the simulator showed it, read where the model placed each result. */
        long[][] observed(int f) {
            Tile t = folds.get(f);
            long[][] c = new long[t.m()][t.n()];
            List<PortTrace.Result> rs = trace.results();
            for (int i = 0; i < rs.size(); i++) {
                PortTrace.Result r = rs.get(i);
                if (r.fold() == f && r.row() < t.m() && r.col() < t.n()) c[r.row()][r.col()] = replay.observed()[i];
            }
            return c;
        }

        /**
         * Fold f's compute cycles as the simulator showed them: from the fold's first cycle to
         * the cycle at which the result of its last multiply-accumulate first appeared (OS: the
         * first drained row, which holds PE(R-1, C-1); WS/IS: the last valid output of the last
         * column, at the latest in the next fold's first cycle).
         */
        long measuredFoldCycles(int f) {
            long start = starts[f], next = f + 1 < starts.length ? starts[f + 1] : trace.cycles();
            if (array.arch() == Architecture.SYSTOLIC_OS) {
                int first = replay.high("cValid").nextSetBit((int) start);
                assertTrue(first >= 0 && first < next, array + ": no drained row in fold " + f);
                return first - start;
            }
            BitSet last = replay.high("cValid_" + (array.cols() - 1));
            int at = last.previousSetBit((int) Math.min(next, trace.cycles() - 1));
            assertTrue(at >= start, array + ": no result in fold " + f);
            return at - start;
        }
    }

    /** Resets {@code sim}, runs the model's trace of {@code folds} (don't-care inputs random) and reads it back. */
    static Run run(Simulator sim, ArrayUnderTest array, List<Tile> folds, Random junk) {
        PortTrace trace = array.model(folds);
        sim.reset(1);
        TraceCheck.Replay replay = TraceCheck.run(sim, trace, junk);
        long[] starts = new long[folds.size()];
        for (int f = 1; f < starts.length; f++) starts[f] = starts[f - 1] + array.period(folds.get(f - 1));
        return new Run(array, List.copyOf(folds), trace, replay, starts);
    }

    /** The run matches the model at every cycle, and every fold's C is A x B wrapped to the accumulator. */
    static void assertExact(Run run) {
        assertTrue(run.replay().passed(), run.array() + ": outputs differ from the model\n" + run.replay().describe(10));
        for (int f = 0; f < run.folds().size(); f++) {
            Tile t = run.folds().get(f);
            long[][] want = t.product(run.array().accBits(), run.array().signed());
            long[][] got = run.observed(f);
            for (int i = 0; i < want.length; i++) {
                int row = i, fold = f;
                assertArrayEquals(want[i], got[i], () -> run.array() + " fold " + fold + " row " + row + " of C = A x B with A = "
                        + Arrays.deepToString(t.a()) + ", B = " + Arrays.deepToString(t.b()));
            }
        }
    }

    /** {@code n} random tiles with the streamed dimension up to {@code stream}, then the extreme tiles. */
    static List<Tile> randomAndExtremeTiles(ArrayUnderTest array, int n, int stream, Random rnd) {
        List<Tile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(array.randomTile(rnd, stream));
        out.addAll(array.extremeTiles(stream));
        return out;
    }
}
