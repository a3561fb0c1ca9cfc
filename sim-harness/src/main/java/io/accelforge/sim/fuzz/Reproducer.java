package io.accelforge.sim.fuzz;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.fuzz.Circuit;
import io.accelforge.rtl.fuzz.FuzzTop;
import io.accelforge.rtl.fuzz.JavaSource;
import io.accelforge.rtl.fuzz.Rewrite;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shrunk failure, ready to read and to rerun: the Java class that rebuilds it, its
 * Verilog, where it came from (seed, circuit index, stimulus and reset seeds), and the
 * first difference with the inputs and resets of that cycle.
 */
public record Reproducer(String className, String java, Map<String, String> verilog, String report) {

    /**
     * @param seed  the fuzz seed
     * @param index the circuit's index under the seed
     */
    public static Reproducer of(long seed, int index, long resetSeed, Shrinker.Result shrunk) {
        FuzzCase c = shrunk.fuzzCase();
        String topName = "repro_" + Long.toUnsignedString(seed) + "_" + index;
        Circuit circuit = Rewrite.renamed(c.circuit(), "c" + Long.toUnsignedString(seed) + "_" + index);
        FuzzTop[] top = new FuzzTop[1];
        Design d = Elaborator.elaborate(() -> top[0] = new FuzzTop(topName, List.of(circuit)));
        List<String> where = new ArrayList<>();
        where.add("AccelForge differential fuzz: seed " + Long.toUnsignedString(seed) + ", circuit " + index
                + " (forge fuzz --seed " + Long.toUnsignedString(seed) + " --circuits " + (index + 1) + ")");
        where.add("stimulus seed " + c.stimulusSeed() + ", reset seed " + resetSeed + "; shrunk from size " + shrunk.fromSize()
                + " to " + c.circuit().size() + ".");
        where.addAll(difference(shrunk.outcome(), c, resetSeed));
        String java = JavaSource.of(top[0], where);
        StringBuilder report = new StringBuilder();
        for (String l : where) report.append(l).append('\n');
        report.append(String.format("(%d shrink rounds, %d candidates tried, %.1f s)%n", shrunk.rounds(), shrunk.tried(), shrunk.seconds()));
        return new Reproducer(io.accelforge.rtl.fuzz.JavaSource.className(topName), java, d.verilog(), report.toString());
    }

    /** The failure in words; for a mismatch, also the inputs and resets of its cycle. */
    static List<String> difference(Outcome o, FuzzCase c, long resetSeed) {
        List<String> out = new ArrayList<>();
        switch (o) {
            case Outcome.Mismatch m -> {
                out.add("First difference at cycle " + m.cycle() + " (inputs applied, before the clock edge): output c0_" + m.port()
                        + " is " + m.expected() + " in the interpreter, " + m.actual() + " in Verilator.");
                out.add("Inputs at cycle " + m.cycle() + ": " + inputsAt(c, resetSeed, m.cycle()));
            }
            case Outcome.Crash k -> out.add("The " + k.stage() + " stage fails: " + k.message().lines().findFirst().orElse(""));
            case Outcome.Pass p -> out.add("It passes.");
        }
        return out;
    }

    /** "rst=0 arst=1 c0_i3=5 ..." for the cycle: the stimulus replayed from its seeds. */
    static String inputsAt(FuzzCase c, long resetSeed, int cycle) {
        ResetSchedule rs = new ResetSchedule(resetSeed);
        boolean[] r = null;
        for (int k = 0; k <= cycle; k++) r = rs.next(k);
        StringBuilder sb = new StringBuilder("rst=" + (r[0] ? 1 : 0));
        if (c.circuit().needsAsyncDomain()) sb.append(" arst=").append(r[1] ? 1 : 0);
        for (Circuit.Port p : c.circuit().inputs()) {
            InputValues v = new InputValues(c.stimulusSeed(), p.id(), p.type());
            BigInteger x = null;
            for (int k = 0; k <= cycle; k++) x = v.next();
            sb.append(' ').append(FuzzTop.inputName(0, p.id())).append('=').append(x);
        }
        return sb.toString();
    }
}
