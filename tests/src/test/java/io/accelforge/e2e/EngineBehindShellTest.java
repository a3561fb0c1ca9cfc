package io.accelforge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.fpga.link.ShellClient;
import io.accelforge.fpga.link.SimulatedLink;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.shell.CommandPorts;
import io.accelforge.fpga.shell.ShellParams;
import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.tb.Seeds;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.engine.EngineAdapter;
import io.accelforge.tpe.engine.Fold;
import io.accelforge.tpe.engine.FoldWords;
import io.accelforge.tpe.engine.GemmEngine;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.engine.GemmPlan;
import io.accelforge.tpe.engine.Lanes;
import io.accelforge.tpe.engine.Op;
import io.accelforge.tpe.engine.Scratchpads;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 4x2 INT8 output-stationary GEMM engine behind the FPGA board shell, unchanged, driven from
 * the host over the UART of the shell's Verilator model: the host runs the engine's
 * {@link GemmPlan} through {@link ShellClient}, polls READ_STATUS while the engine computes,
 * and C must equal the golden GEMM.
 */
class EngineBehindShellTest {
    /**
     * 4 rows x 2 columns: its 8 multipliers take the iCEBreaker's 8 DSP blocks
     * ({@link EngineOnIcebreakerTest}); a 4x4 array's 16 would be built in logic, 7,122 LUT4s of 5,280.
     */
    static final GemmEngineParams ENGINE = GemmEngineParams.of(Architecture.SYSTOLIC_OS, 4, 2, Precision.INT8, true, PeKind.PLAIN);
    static ShellClient client;

    @BeforeAll static void connect() {
        ShellParams sp = ShellParams.simulation();
        Design shell = Elaborator.elaborate(() -> new ShellTop(sp, Clocking.direct(), () -> new GemmEngine(ENGINE)));
        client = ShellClient.connect(SimulatedLink.open(shell, sp.clocksPerBit(), 1_000_000));
    }

    @AfterAll static void close() { client.close(); }

    @Test void theShellFindsTheEnginesCommandInterface() {
        CommandPorts ports = CommandPorts.of(Elaborator.elaborate(() -> new GemmEngine(ENGINE)).top());
        assertEquals(4, ports.cmdOp().width());
        assertEquals(ENGINE.cmdDataBits(), client.info().cmdWidth(), "cmdData: the wider operand word, 4 lanes x 8 bits");
        assertEquals(32, client.info().cmdWidth());
        assertEquals(ENGINE.rspDataBits(), client.info().rspWidth(), "rspData: a C word");
        long status = client.readWord(Op.READ_STATUS.code(), 0).longValue();
        assertEquals(Architecture.SYSTOLIC_OS.ordinal(), status >> 8 & 0xFF, "status bits 15:8");
        assertEquals(PeKind.PLAIN.ordinal(), status >> 16 & 0xFF, "status bits 23:16");
    }

    @Test void aRandomGemmRunsThroughTheShellAndMatchesTheGoldenGemm() {
        long seed = Seeds.next();
        System.out.println("EngineBehindShellTest: " + Seeds.describe(seed));
        Random rnd = new Random(seed);
        assertGemm(random(6, 10, rnd), random(10, 7, rnd), "random 6x10x7 (" + Seeds.describe(seed) + ")");
    }

    @Test void extremeOperandsRunThroughTheShell() {
        long min = Precision.INT8.min(true);
        assertGemm(filled(5, 9, min), filled(9, 5, min), "A and B all -128");
    }

    private static void assertGemm(long[][] a, long[][] b, String what) {
        long[][] c = multiply(a, b);
        long[][] golden = Gemm.multiply(a, b);
        for (int i = 0; i < golden.length; i++) {
            for (int j = 0; j < golden[0].length; j++) assertEquals(golden[i][j], c[i][j], what + ": C[" + i + "][" + j + "] (golden expected, engine actual)");
        }
    }

    /** C = A x B on the engine behind the shell, fold by fold as the engine's plan lays it out. */
    private static long[][] multiply(long[][] a, long[][] b) {
        EngineAdapter ad = ENGINE.adapter();
        int m = a.length, k = b.length, n = b[0].length, w = ENGINE.w(), acc = ENGINE.acc();
        long[][] c = new long[m][n];
        Scratchpads s = ENGINE.scratchpads();
        long[] lanes = new long[Math.max(s.cLanes(), Math.max(s.aLanes(), s.bLanes()))];
        GemmPlan.walk(ENGINE, m, k, n, new GemmPlan.Steps() {
            @Override public void clearC(int words) {
                client.command(Op.CLEAR_C.code(), words);
                waitIdle();
            }

            @Override public void writeA(Fold f, int words) {
                List<BigInteger> out = new ArrayList<>();
                for (int i = 0; i < words; i++) {
                    FoldWords.a(ad, a, f, i, lanes);
                    out.add(Lanes.pack(lanes, w));
                }
                client.writeWords(Op.WRITE_A.code(), 0, out);
            }

            @Override public void writeB(Fold f, int words) {
                List<BigInteger> out = new ArrayList<>();
                for (int i = 0; i < words; i++) {
                    FoldWords.b(ad, b, f, i, lanes);
                    out.add(Lanes.pack(lanes, w));
                }
                client.writeWords(Op.WRITE_B.code(), 0, out);
            }

            @Override public void compute(Fold f, int length) {
                client.command(Op.COMPUTE.code(), length);
                waitIdle();
            }

            @Override public void readC(Fold f, int words) {
                List<BigInteger> got = client.readWords(Op.READ_C.code(), 0, words);
                for (int i = 0; i < words; i++) {
                    Lanes.unpack(got.get(i), acc, true, lanes);
                    FoldWords.c(ad, lanes, f, i, c);
                }
            }
        });
        return c;
    }

    /** Polls READ_STATUS (taken while the engine is busy) until bit 0, busy, is clear. */
    private static void waitIdle() {
        boolean busy = true;
        while (busy) busy = (client.readWord(Op.READ_STATUS.code(), 0).intValue() & 1) != 0;
    }

    private static long[][] random(int rows, int cols, Random rnd) {
        long[][] x = new long[rows][cols];
        for (long[] row : x) for (int j = 0; j < cols; j++) row[j] = rnd.nextInt(256) - 128;
        return x;
    }

    private static long[][] filled(int rows, int cols, long v) {
        long[][] x = new long[rows][cols];
        for (long[] row : x) java.util.Arrays.fill(row, v);
        return x;
    }
}
