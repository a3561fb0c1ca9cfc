package io.accelforge.rtl.blocks.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReductionPlanTest {
    /** N rows of W bits, sign-extended to the sum width: every column N high. */
    private static int[] rectangle(int rows, int width) {
        int[] h = new int[width];
        Arrays.fill(h, rows);
        return h;
    }

    /** N unsigned rows of W bits in a sum of W + ceil(log2 N) bits: the top columns start empty. */
    private static int[] unsignedRows(int rows, int width) {
        int[] h = new int[width + (32 - Integer.numberOfLeadingZeros(rows - 1))];
        Arrays.fill(h, 0, width, rows);
        return h;
    }

    @Test
    void daddaHeightsAreTheKnownSequence() {
        assertEquals(List.of(2, 3, 4, 6, 9, 13, 19, 28, 42, 63), ReductionPlan.daddaHeights(64));
        assertEquals(List.of(), ReductionPlan.daddaHeights(2));
    }

    @Test
    void daddaStageCountStepsUpJustAboveEachDaddaHeight() {
        int[][] expected = {{2, 0}, {3, 1}, {4, 2}, {5, 3}, {6, 3}, {7, 4}, {9, 4}, {10, 5}, {13, 5}, {14, 6}, {19, 6},
                {20, 7}, {28, 7}, {29, 8}, {42, 8}, {43, 9}, {63, 9}, {64, 10}};
        for (int[] e : expected) assertEquals(e[1], ReductionPlan.daddaStageCount(e[0]), "Dadda stages for " + e[0] + " rows");
    }

    @Test
    void daddaTreesNeedExactlyTheDaddaStageCountForAnyWidth() {
        for (int n = 2; n <= 64; n++) {
            int want = ReductionPlan.daddaStageCount(n);
            for (int w : new int[] {1, 2, 8, 20}) {
                assertEquals(want, ReductionPlan.of(unsignedRows(n, w), TreeKind.DADDA).stageCount(), "Dadda stages, " + n + " unsigned rows of " + w);
                assertEquals(want, ReductionPlan.of(rectangle(n, w), TreeKind.DADDA).stageCount(), "Dadda stages, " + n + " sign-extended rows of " + w);
            }
        }
    }

    @Test
    void wallaceTreesNeedTheDaddaStageCountOnceTheHeapIsWideEnough() {
        for (int n = 2; n <= 64; n++) {
            int want = ReductionPlan.daddaStageCount(n);
            for (int w : new int[] {8, 20}) {
                assertEquals(want, ReductionPlan.of(unsignedRows(n, w), TreeKind.WALLACE).stageCount(), "Wallace stages, " + n + " unsigned rows of " + w);
                assertEquals(want, ReductionPlan.of(rectangle(n, w), TreeKind.WALLACE).stageCount(), "Wallace stages, " + n + " sign-extended rows of " + w);
            }
        }
    }

    @Test
    void wallaceCanFinishEarlierWhenCarriesLeaveTheTopOfANarrowHeap() {
        // one column, four bits, carries dropped: a single full adder leaves two bits
        assertEquals(1, ReductionPlan.of(rectangle(4, 1), TreeKind.WALLACE).stageCount());
        assertEquals(2, ReductionPlan.of(rectangle(4, 1), TreeKind.DADDA).stageCount());
    }

    @ParameterizedTest
    @EnumSource(TreeKind.class)
    void everyPlanEndsAtTwoBitsPerColumnAndNeverUsesMissingBits(TreeKind kind) {
        for (int n = 1; n <= 40; n++) {
            for (int[] h : List.of(rectangle(n, 9), unsignedRows(n, 5), ragged(n))) {
                ReductionPlan plan = ReductionPlan.of(h, kind);
                int[] cur = h;
                for (ReductionPlan.Stage s : plan.stages()) {
                    for (int c = 0; c < cur.length; c++) {
                        assertTrue(3 * s.fullAdders(c) + 2 * s.halfAdders(c) <= cur[c], kind + " column " + c + " of " + Arrays.toString(cur));
                    }
                    cur = s.heightsAfter();
                }
                assertTrue(Arrays.stream(plan.finalHeights()).allMatch(x -> x <= 2), kind + " final heights " + Arrays.toString(plan.finalHeights()));
            }
        }
    }

    @Test
    void daddaUsesFewerFullAddersThanWallace() {
        for (int n = 3; n <= 40; n++) {
            for (int[] h : List.of(rectangle(n, 16), unsignedRows(n, 16), ragged(n))) {
                ReductionPlan d = ReductionPlan.of(h, TreeKind.DADDA);
                ReductionPlan w = ReductionPlan.of(h, TreeKind.WALLACE);
                assertTrue(d.fullAdderCount() < w.fullAdderCount(),
                        Arrays.toString(h) + ": Dadda " + d.fullAdderCount() + " FA, Wallace " + w.fullAdderCount() + " FA");
            }
        }
    }

    /** A multiplier-like diamond: heights rise 1, 2, ... n and fall again. */
    private static int[] ragged(int n) {
        int[] h = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) h[i] = Math.min(i + 1, 2 * n - i - 1);
        return h;
    }
}
