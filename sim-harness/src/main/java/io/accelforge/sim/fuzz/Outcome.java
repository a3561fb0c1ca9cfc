package io.accelforge.sim.fuzz;

import java.math.BigInteger;

/** What running one circuit in both simulators found. */
public sealed interface Outcome {
    /** Every output agreed every cycle. */
    record Pass() implements Outcome {}

    /**
     * Output {@code port} differed at {@code cycle} (before that cycle's clock edge, after its
     * inputs were applied): the interpreter gave {@code expected}, Verilator {@code actual}.
     */
    record Mismatch(int cycle, String port, BigInteger expected, BigInteger actual) implements Outcome {}

    /** A stage failed for this circuit: "elaboration", "interpreter" or "verilator"; {@code message} says how. */
    record Crash(String stage, String message) implements Outcome {}

    default boolean failed() { return !(this instanceof Pass); }

    /** Whether {@code other} is the same kind of failure (a mismatch, or a crash of the same stage). */
    default boolean sameKind(Outcome other) {
        return switch (this) {
            case Pass p -> other instanceof Pass;
            case Mismatch m -> other instanceof Mismatch;
            case Crash c -> other instanceof Crash o && o.stage().equals(c.stage());
        };
    }
}
