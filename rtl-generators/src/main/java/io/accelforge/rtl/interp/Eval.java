package io.accelforge.rtl.interp;

import java.math.BigInteger;

/** A compiled value: narrow ones (<= 64 bits) evaluate to a long pattern, wide ones to a BigInteger. */
sealed interface Eval permits Eval.Narrow, Eval.Wide {
    int width();

    boolean signed();

    BigInteger big();

    /** @param f the evaluation, returning the raw pattern (already masked to the width) */
    record Narrow(int width, boolean signed, LongSupplierX f) implements Eval {
        long get() { return f.get(); }
        @Override public BigInteger big() { return Bits.toBig(f.get(), width); }
    }

    record Wide(int width, boolean signed, java.util.function.Supplier<BigInteger> f) implements Eval {
        @Override public BigInteger big() { return f.get(); }
    }

    /** A long supplier that the JIT inlines well (no boxing). */
    @FunctionalInterface
    interface LongSupplierX { long get(); }
}
