package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Stmt;
import java.util.List;
import java.util.Map;

/** Where a clock comes from: clocks are equal when their inputs trace back to the same signal. */
public final class ClockRoots {
    private ClockRoots() {}

    /** Follows plain connections (a child's clock input driven by a parent signal) up to a top input or a generated clock. */
    public static Signal root(Signal clk, Map<Module, StmtIndex> index) {
        Signal s = clk;
        for (int guard = 0; guard < 10_000; guard++) {
            if (s instanceof Input in && in.owner().body().parent() == null) return s;
            Module driverModule = s instanceof Input ? s.owner().body().parent() : s.owner();
            StmtIndex idx = driverModule == null ? null : index.get(driverModule);
            if (idx == null) return s;
            List<Stmt> stmts = idx.stmtsFor(driverModule.body().root(), s);
            if (stmts.size() != 1 || !(stmts.getFirst() instanceof Stmt.Assign a) || !a.isFull() || !(a.value() instanceof Signal src)) return s;
            s = src;
        }
        return s;
    }
}
