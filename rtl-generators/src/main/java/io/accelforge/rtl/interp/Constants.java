package io.accelforge.rtl.interp;

import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.lower.ValueWalk;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;

/** The value of a constant expression (literals and operators only), by the interpreter's semantics. */
public final class Constants {
    private Constants() {}

    /** The bit pattern of {@code v} (non-negative, below 2^width), or null when it reads a signal or a memory. */
    public static BigInteger bits(Value v) {
        boolean[] reads = {false};
        ValueWalk.leaves(v, Collections.newSetFromMap(new IdentityHashMap<>()), leaf -> reads[0] = true);
        if (reads[0]) return null;
        return new ExprCompiler(new State()).compile(v).big();
    }
}
