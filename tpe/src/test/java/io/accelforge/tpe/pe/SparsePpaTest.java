package io.accelforge.tpe.pe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.mac.MacCell;
import io.accelforge.rtl.blocks.mac.MacCellParams;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.synth.Ppa;
import io.accelforge.rtl.synth.PpaOptions;
import io.accelforge.rtl.synth.PpaReport;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.model.DigitSparsity;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PPA through the one flow (Yosys + IHP SG13G2 + OpenSTA, zero wire load, no buffer
 * insertion): the OPT3 PE against a plain INT8 MAC, and an OPT4C column against n separate
 * OPT3 PEs. Throughput per MAC uses the cycles per MAC of INT8 data at sigma 20.
 */
class SparsePpaTest {
    private static final PpaOptions FLOW = PpaOptions.defaults();
    private static final int N = 8;
    private static final double CYCLES_PER_MAC = DigitSparsity.meanCyclesPerMac(DigitSparsity.operands(20, 100000, new Random(20)));

    private static PpaReport ppa(Supplier<Module> top) { return Ppa.run(Elaborator.elaborate(top::get), FLOW); }

    @Test void opt3PeIsSmallerAndFasterThanAPlainMacButTakesSeveralCyclesPerMac() {
        PpaReport mac = ppa(() -> new MacCell(new MacCellParams(8, 32)));
        PpaReport opt3 = ppa(() -> new SparseDigitPe(new SparseDigitPeParams(Precision.INT8, true, 0)));
        String table = "\n" + line("plain INT8 MAC", mac, 1, 1) + line("OPT3 PE", opt3, CYCLES_PER_MAC, 1);
        System.out.print(table);
        assertTrue(opt3.cellAreaUm2() < mac.cellAreaUm2(), "OPT3 smaller: no multiplier" + table);
        assertTrue(opt3.criticalPathNs() < mac.criticalPathNs(), "OPT3 faster: one partial product and a 3:2 counter per cycle" + table);
        assertTrue(opt3.logicDepth() < mac.logicDepth(), "OPT3 shallower" + table);
        assertTrue(opt3.flipFlops() > mac.flipFlops(), "OPT3 keeps two accumulator rows and its operands" + table);
    }

    @Test void columnSharingOneEncoderIsSmallerThanSeparatePes() {
        PpaReport column = ppa(() -> new SparseColumn(new SparseColumnParams(N, Precision.INT8, true, 0)));
        PpaReport independent = ppa(() -> new SeparateSparsePes(new SeparateSparsePes.Params(N, false, Precision.INT8, true)));
        PpaReport sameA = ppa(() -> new SeparateSparsePes(new SeparateSparsePes.Params(N, true, Precision.INT8, true)));
        PpaReport one = ppa(() -> new SparseColumn(new SparseColumnParams(1, Precision.INT8, true, 0)));
        PpaReport four = ppa(() -> new SparseColumn(new SparseColumnParams(4, Precision.INT8, true, 0)));
        String table = "\n" + line("OPT4C column n=" + N, column, CYCLES_PER_MAC, N) + line(N + " separate OPT3 PEs", independent, CYCLES_PER_MAC, N)
                + line(N + " OPT3 PEs, one a", sameA, CYCLES_PER_MAC, N) + line("OPT4C column n=1", one, CYCLES_PER_MAC, 1)
                + line("OPT4C column n=4", four, CYCLES_PER_MAC, 4);
        System.out.print(table);
        assertTrue(column.cellAreaUm2() < sameA.cellAreaUm2() && sameA.cellAreaUm2() <= independent.cellAreaUm2() * 1.001,
                "one encoder instead of " + N + table);
        int perEncoder = 8 + 4 + 1;   // operand, done mask, drain flag
        assertTrue(column.flipFlops() <= sameA.flipFlops() - (N - 1) * perEncoder, N - 1 + " encoders and drain flags fewer" + table);
        assertEquals(sameA.flipFlops(), independent.flipFlops(), "synthesis does not merge the separate PEs' identical encoders" + table);
    }

    /**
     * name, area, flip-flops, fmax, depth, power at the STA clock; per MAC: area efficiency at
     * fmax and at the STA clock (the same clock for all, which leaves out the unbuffered
     * broadcast nets that limit fmax in this flow) and energy.
     */
    private static String line(String name, PpaReport r, double cyclesPerMac, int macUnits) {
        double mm2 = r.cellAreaUm2() / 1e6, clockHz = r.power().clockMhz() * 1e6;
        double gopsAtFmax = 2 * r.fmaxMhz() * 1e6 * macUnits / cyclesPerMac / 1e9 / mm2;
        double gopsAtClock = 2 * clockHz * macUnits / cyclesPerMac / 1e9 / mm2;
        double pjPerMac = r.power().totalW() / clockHz * cyclesPerMac / macUnits * 1e12;
        return String.format(Locale.ROOT, "%-20s %8.1f um2 %4d FF %6.1f MHz depth %2d %5.2f mW @%.0f MHz | %.2f cycles/MAC, GOPS/mm2 %5.1f @fmax"
                + " %5.1f @%.0f MHz, %5.2f pJ/MAC%n", name, r.cellAreaUm2(), r.flipFlops(), r.fmaxMhz(), r.logicDepth(), r.power().totalW() * 1e3,
                r.power().clockMhz(), cyclesPerMac, gopsAtFmax, gopsAtClock, r.power().clockMhz(), pjPerMac);
    }
}
