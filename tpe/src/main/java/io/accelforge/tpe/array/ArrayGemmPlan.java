package io.accelforge.tpe.array;

import java.util.List;

/**
 * A GEMM C = A x B (m x n result) mapped onto one array: the inputs to present, one per cycle
 * from cycle 0, and where each piece of C comes out: at which cycle, on which output lane.
 * Several pickups of one element are partial sums that add up (the cube's K chunks); after
 * the last input the array's inputs are idle (all zero, no valid flags).
 *
 * @param <I> the array's per-cycle input record
 */
public record ArrayGemmPlan<I>(int m, int n, List<I> inputs, List<Pickup> pickups) {
    /** Output {@code lane} at {@code cycle} carries (a partial sum of) C[row][col]. */
    public record Pickup(int cycle, int lane, int row, int col) {}

    /** What an array showed: the value of output lane {@code lane} during cycle {@code cycle}. */
    @FunctionalInterface
    public interface Observed {
        long value(int cycle, int lane);
    }

    public ArrayGemmPlan {
        inputs = List.copyOf(inputs);
        pickups = List.copyOf(pickups);
    }

    /** Cycles until the last result has been shown: the last pickup's cycle + 1. */
    public int cycles() { return pickups.stream().mapToInt(Pickup::cycle).max().orElse(-1) + 1; }

    /** C from what the array showed at the pickups (partial sums of one element added exactly). */
    public long[][] assemble(Observed observed) {
        long[][] c = new long[m][n];
        for (Pickup p : pickups) c[p.row()][p.col()] += observed.value(p.cycle(), p.lane());
        return c;
    }
}
