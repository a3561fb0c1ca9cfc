package io.accelforge.tpe.engine;

import io.accelforge.rtl.sim.Simulator;
import io.accelforge.tpe.Precision;

/**
 * Runs C = A x B of any M, K, N on a simulated {@link GemmEngine} (the interpreter or
 * Verilator), fold by fold as {@link GemmPlan} lays it out, and reports the engine's own cycle
 * count. The engine must be idle (after reset or a previous multiply).
 */
public final class GemmDriver {
    /**
     * C as the engine computed it (each element wrapped to accWidth bits, signed like the
     * operands) and the cycles the GEMM's commands took, from the engine's cycle counter:
     * from the first command taken to the cycle after the last answer.
     */
    public record Result(long[][] c, long cycles) {}

    private final GemmEngineParams p;
    private final EngineAdapter adapter;
    private final CommandPort port;
    private final long[] aLanes, bLanes, cLanes;

    public GemmDriver(Simulator sim, GemmEngineParams p) {
        this.p = p;
        this.adapter = p.adapter();
        this.port = CommandPort.on(sim, p);
        Scratchpads s = p.scratchpads();
        aLanes = new long[s.aLanes()];
        bLanes = new long[s.bLanes()];
        cLanes = new long[s.cLanes()];
    }

    public Result multiply(long[][] a, long[][] b) {
        checkOperands(a, b);
        int m = a.length, k = b.length, n = b[0].length;
        long[][] c = new long[m][n];
        long start = cyclesAtStart();
        GemmPlan.walk(p, m, k, n, new GemmPlan.Steps() {
            @Override public void clearC(int words) { port.issue(Op.CLEAR_C, words); }

            @Override public void writeA(Fold f, int words) {
                for (int w = 0; w < words; w++) {
                    FoldWords.a(adapter, a, f, w, aLanes);
                    port.issue(Op.WRITE_A, w, aLanes, p.w());
                }
            }

            @Override public void writeB(Fold f, int words) {
                for (int w = 0; w < words; w++) {
                    FoldWords.b(adapter, b, f, w, bLanes);
                    port.issue(Op.WRITE_B, w, bLanes, p.w());
                }
            }

            @Override public void compute(Fold f, int length) { port.issue(Op.COMPUTE, length); }

            @Override public void readC(Fold f, int words) {
                for (int w = 0; w < words; w++) {
                    port.issue(Op.READ_C, w);
                    port.response(cLanes, p.acc(), p.signed());
                    FoldWords.c(adapter, cLanes, f, w, c);
                }
            }
        });
        long end = cyclesAtEnd();
        port.idle();
        return new Result(c, end - start - 1);
    }

    /** READ_CYCLES high then low: the count at the low read's cycle (the high half may not move in between unless the low half is 0). */
    private long cyclesAtStart() {
        port.issue(Op.READ_CYCLES, 1);
        long hi = port.responseWord();
        port.issue(Op.READ_CYCLES, 0);
        long lo = port.responseWord();
        return ((lo == 0 ? hi + 1 : hi) << 32) | lo;
    }

    /** READ_CYCLES low then high: the count at the low read's cycle (the high half moved in between only if the low half was all ones). */
    private long cyclesAtEnd() {
        port.issue(Op.READ_CYCLES, 0);
        long lo = port.responseWord();
        port.issue(Op.READ_CYCLES, 1);
        long hi = port.responseWord();
        return ((lo == 0xFFFF_FFFFL ? hi - 1 : hi) << 32) | lo;
    }

    private void checkOperands(long[][] a, long[][] b) {
        if (a.length == 0 || b.length == 0 || a[0].length == 0 || b[0].length == 0) throw new IllegalArgumentException("GEMM operands must be at least 1x1");
        int k = b.length;
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != k) throw new IllegalArgumentException("A row " + i + " has " + a[i].length + " columns but B has " + k + " rows: inner dimensions differ");
        }
        for (long[] row : b) if (row.length != b[0].length) throw new IllegalArgumentException("B's rows differ in length");
        checkRange(a, "A");
        checkRange(b, "B");
    }

    private void checkRange(long[][] x, String name) {
        Precision pr = p.precision();
        long lo = pr.min(p.signed()), hi = pr.max(p.signed());
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                if (x[i][j] < lo || x[i][j] > hi) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] = " + x[i][j] + " is not " + (p.signed() ? "a signed " : "an unsigned ")
                            + pr + " value (" + lo + ".." + hi + ")");
                }
            }
        }
    }
}
