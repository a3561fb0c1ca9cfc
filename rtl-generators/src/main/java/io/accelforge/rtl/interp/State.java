package io.accelforge.rtl.interp;

import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Signal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/** The interpreter's storage: one slot per signal instance, one array per memory. */
final class State {
    final Map<Signal, Integer> slot = new IdentityHashMap<>();
    final Map<Mem, MemStore> mems = new IdentityHashMap<>();
    long[] narrow = new long[0];
    BigInteger[] wide = new BigInteger[0];
    /** Bumped whenever signals may have changed; shared subexpressions cache per epoch. */
    long epoch;

    int add(Signal s) {
        Integer existing = slot.get(s);
        if (existing != null) return existing;
        int i = slot.size();
        slot.put(s, i);
        if (i >= narrow.length) {
            narrow = java.util.Arrays.copyOf(narrow, Math.max(16, narrow.length * 2));
            wide = java.util.Arrays.copyOf(wide, narrow.length);
        }
        wide[i] = BigInteger.ZERO;
        return i;
    }

    /** Words of one memory; contents start at zero. */
    static final class MemStore {
        final Mem mem;
        final long[] narrow;
        final BigInteger[] wide;

        MemStore(Mem mem) {
            this.mem = mem;
            boolean isWide = mem.type().width() > 64;
            narrow = isWide ? null : new long[mem.depth()];
            wide = isWide ? new BigInteger[mem.depth()] : null;
            if (wide != null) java.util.Arrays.fill(wide, BigInteger.ZERO);
        }

        BigInteger read(int addr) {
            if (addr < 0 || addr >= mem.depth()) return BigInteger.ZERO;
            return wide != null ? wide[addr] : Bits.toBig(narrow[addr], mem.type().width());
        }

        long readNarrow(int addr) { return addr < 0 || addr >= mem.depth() ? 0 : narrow[addr]; }

        void write(int addr, BigInteger v) {
            if (addr < 0 || addr >= mem.depth()) return;
            if (wide != null) wide[addr] = v;
            else narrow[addr] = v.longValue();
        }
    }
}
