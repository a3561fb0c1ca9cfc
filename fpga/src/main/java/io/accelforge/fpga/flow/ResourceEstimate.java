package io.accelforge.fpga.flow;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.OpKind;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Block RAMs and DSPs a generated design will need on an iCE40, estimated before any tool runs:
 * each memory takes the fewest 4-Kbit SB_RAM40_4K blocks over the 256x16, 512x8, 1024x4 and
 * 2048x2 shapes; each multiplier takes one 16x16 SB_MAC16 per 16x16 tile of its operands.
 * Yosys may put a very small memory in logic instead, so the block count is an upper bound.
 */
public record ResourceEstimate(int bram, int dsp, int memories, int multipliers) {
    private static final int[][] BRAM_SHAPES = {{256, 16}, {512, 8}, {1024, 4}, {2048, 2}};

    public static ResourceEstimate of(Design d) {
        int bram = 0, mems = 0;
        int[] dsp = {0, 0};
        for (Module m : d.modules()) {
            for (Mem mem : m.body().mems()) {
                mems++;
                bram += blocks(mem.depth(), mem.type().width());
            }
            Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            walk(m.body().root(), seen, dsp);
        }
        return new ResourceEstimate(bram, dsp[0], mems, dsp[1]);
    }

    /** SB_RAM40_4K blocks for a depth x width memory. */
    public static int blocks(int depth, int width) {
        int best = Integer.MAX_VALUE;
        for (int[] s : BRAM_SHAPES) best = Math.min(best, ceil(depth, s[0]) * ceil(width, s[1]));
        return best;
    }

    private static void walk(Block b, Set<Value> seen, int[] dsp) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Assign a -> values(a.value(), seen, dsp);
                case Stmt.When w -> {
                    values(w.cond(), seen, dsp);
                    walk(w.then(), seen, dsp);
                    walk(w.otherwise(), seen, dsp);
                }
                case Stmt.Switch sw -> {
                    values(sw.selector(), seen, dsp);
                    for (Stmt.Case c : sw.cases()) walk(c.body(), seen, dsp);
                    walk(sw.otherwise(), seen, dsp);
                }
                case Stmt.MemWrite mw -> {
                    values(mw.addr(), seen, dsp);
                    values(mw.data(), seen, dsp);
                }
            }
        }
    }

    private static void values(Value v, Set<Value> seen, int[] dsp) {
        if (!(v instanceof Op op) || !seen.add(v)) return;
        if (op.kind() == OpKind.MUL) {
            int a = op.arg(0).width(), b = op.arg(1).width();
            // a multiply by a constant is shifts and adds, not a DSP
            if (!(op.arg(0) instanceof io.accelforge.rtl.hcl.Literal) && !(op.arg(1) instanceof io.accelforge.rtl.hcl.Literal)) {
                dsp[0] += ceil(a, 16) * ceil(b, 16);
                dsp[1]++;
            }
        }
        for (Value x : op.args()) values(x, seen, dsp);
    }

    private static int ceil(int a, int b) { return (a + b - 1) / b; }
}
