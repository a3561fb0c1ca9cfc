package io.accelforge.tpe.model;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.sim.Simulator;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SparseDigitPe;
import io.accelforge.tpe.pe.SparseDigitPeParams;
import io.accelforge.tpe.pe.SparseDigits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The sparsity statistic of Wu et al. for the OPT3 PE: how many of an INT8 operand's four
 * radix-4 digits are non-zero when the data are spread like DNN tensors, drawn from a rounded
 * normal N(0, sigma^2) clipped to -128..127. The paper reports 1.71 to 2.57 non-zero digits
 * per 4 for sigma 10 to 50 (about 2.05 at sigma 20).
 *
 * <p>Measured twice on the same operands: from the golden digit model, and from the cycles an
 * RTL {@link SparseDigitPe} takes to stream them (each MAC costs max(1, non-zero digits), so
 * RTL digits = (cycles - zero operands) / operands). Cycles per MAC is what the PE delivers;
 * an R-row lockstep array pays the densest of R operands per step.
 *
 * <p>Radix-4 Booth is not the sparsest recoding with digits in {-2..2}: it writes 2 as
 * -2 + 4 (two digits) because a digit's top bit always weighs -2. The table also shows the
 * fewest non-zero digits any {-2..2} recoding can reach; the paper's figures lie close to
 * that minimum, about 0.2 below Booth's.
 */
public final class DigitSparsity {
    private DigitSparsity() {}

    /** The operand format of the statistic. */
    public static final SparseDigitPeParams PE = new SparseDigitPeParams(Precision.INT8, true, 0);

    /**
     * One sigma, over {@code operands} draws.
     *
     * @param modelDigits      mean non-zero digits per operand, golden model
     * @param rtlDigits        the same from RTL cycle counts
     * @param modelCyclesPerMac mean max(1, non-zero digits): the PE's cycles per MAC
     * @param rtlCyclesPerMac  the same, measured
     * @param minimalDigits    mean of the fewest non-zero digits any {-2..2} radix-4 recoding reaches
     * @param zeroFraction     share of operands that are 0 (they cost one cycle with no digit)
     * @param arrayRows        rows of the lockstep array in the last column
     * @param arrayCyclesPerStep mean cycles per K step of an arrayRows-row sparse-matrix array, from the cycle model
     */
    public record Row(double sigma, int operands, double modelDigits, double rtlDigits, double modelCyclesPerMac, double rtlCyclesPerMac,
                      double minimalDigits, double zeroFraction, int arrayRows, double arrayCyclesPerStep) {}

    /** {@code count} draws of round(N(0, sigma^2)) clipped to INT8. */
    public static long[] operands(double sigma, int count, Random rnd) {
        long[] a = new long[count];
        for (int i = 0; i < count; i++) a[i] = Math.clamp(Math.round(rnd.nextGaussian() * sigma), -128, 127);
        return a;
    }

    /** Mean non-zero radix-4 digits per operand. */
    public static double meanNonZeroDigits(long[] a) {
        long sum = 0;
        for (long x : a) sum += SparseDigits.count(x, PE.precision(), PE.signed());
        return (double) sum / a.length;
    }

    /** Mean of the fewest non-zero digits in {-2..2} that add up to each operand (in radix 4). */
    public static double meanMinimalDigits(long[] a) {
        long sum = 0;
        for (long x : a) sum += minimalDigits(x);
        return (double) sum / a.length;
    }

    /**
     * The fewest non-zero radix-4 digits in {-2..2} summing to {@code v}: the low digit must be
     * v mod 4 (as -1, 0 or 1 for odd residues); only residue 2 leaves a choice, +2 or -2 (the
     * latter carries one into the rest).
     */
    static int minimalDigits(long v) {
        if (v == 0) return 0;
        long r = Math.floorMod(v, 4);
        if (r == 0) return minimalDigits(v / 4);
        if (r == 1) return 1 + minimalDigits((v - 1) / 4);
        if (r == 3) return 1 + minimalDigits((v + 1) / 4);
        return 1 + Math.min(minimalDigits((v - 2) / 4), minimalDigits((v + 2) / 4));
    }

    /** Mean PE cycles per MAC, max(1, non-zero digits). */
    public static double meanCyclesPerMac(long[] a) {
        long sum = 0;
        for (long x : a) sum += SparseDigits.cycles(x, PE.precision(), PE.signed());
        return (double) sum / a.length;
    }

    /** Cycles a {@code SparseDigitPe} takes for the MACs a[i] * b[i]: from the first pair taken to the drain taken. */
    public static long rtlCycles(Simulator sim, long[] a, Random rnd) {
        sim.reset(1);
        sim.poke("drain", 0);
        sim.poke("inValid", 1);
        long start = -1;
        for (long x : a) {
            sim.poke("a", x);
            sim.poke("b", rnd.nextInt(256) - 128);
            while (sim.peek("inReady") == 0) sim.step();
            if (start < 0) start = sim.cycle();
            sim.step();
        }
        sim.poke("inValid", 0);
        sim.poke("drain", 1);
        while (sim.peek("drainReady") == 0) sim.step();
        long cycles = sim.cycle() - start;
        sim.step();
        sim.poke("drain", 0);
        return cycles;
    }

    /** The statistic for each sigma: {@code operands} draws each, RTL run on the simulator {@code open} makes of an INT8 OPT3 PE. */
    public static List<Row> measure(double[] sigmas, int operands, int arrayRows, long seed, Function<Design, Simulator> open) {
        Random rnd = new Random(seed);
        List<Row> rows = new ArrayList<>();
        try (Simulator sim = open.apply(Elaborator.elaborate(() -> new SparseDigitPe(PE)))) {
            for (double sigma : sigmas) {
                long[] a = operands(sigma, operands, rnd);
                long zeros = Arrays.stream(a).filter(x -> x == 0).count();
                long cycles = rtlCycles(sim, a, rnd);
                rows.add(new Row(sigma, operands, meanNonZeroDigits(a), (double) (cycles - zeros) / operands, meanCyclesPerMac(a),
                        (double) cycles / operands, meanMinimalDigits(a), (double) zeros / operands, arrayRows, arrayCyclesPerStep(a, arrayRows)));
            }
        }
        return rows;
    }

    /** Mean step cycles when consecutive groups of {@code rows} operands are one step's shared operands of a lockstep array. */
    public static double arrayCyclesPerStep(long[] a, int rows) {
        long sum = 0;
        int steps = 0;
        for (int i = 0; i + rows <= a.length; i += rows, steps++) {
            sum += SparseDigitCycleModel.stepCycles(Arrays.copyOfRange(a, i, i + rows), PE.precision(), PE.signed());
        }
        return (double) sum / steps;
    }

    /** The table as text, with the paper's figures for comparison. */
    public static String format(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "INT8 radix-4 Booth, non-zero digits per operand (of %d); paper: 1.71 (sigma 10) .. about 2.05 (sigma 20) .. 2.57 (sigma 50)%n",
                SparseDigits.digitCount(PE.precision(), PE.signed())));
        sb.append(String.format(Locale.ROOT, "%6s %8s %13s %11s %15s %10s %15s %s%n", "sigma", "operands", "Booth (model)", "Booth (RTL)",
                "cycles/MAC (RTL)", "zero share", "fewest possible", "array cycles/step"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%6.0f %8d %13.3f %11.3f %15.3f %10.3f %15.3f %.3f (%d rows)%n", r.sigma(), r.operands(), r.modelDigits(),
                    r.rtlDigits(), r.rtlCyclesPerMac(), r.zeroFraction(), r.minimalDigits(), r.arrayCyclesPerStep(), r.arrayRows()));
        }
        return sb.toString();
    }
}
