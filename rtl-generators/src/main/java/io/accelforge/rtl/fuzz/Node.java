package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import java.math.BigInteger;
import java.util.List;

/** A declaration of a {@link Circuit}; each reads only values declared before it. */
public sealed interface Node {
    /** The id of the value (or memory, or instance) this node declares. */
    int id();

    /** Value ids this node reads. */
    List<Integer> reads();

    /** Size for shrinking beyond counting the node itself: its declared bits and options. */
    default int weight() { return 0; }

    /** A constant. */
    record Const(int id, HwType type, BigInteger value) implements Node {
        @Override public List<Integer> reads() { return List.of(); }
        @Override public int weight() { return type.width() + (type.signed() ? 1 : 0) + (value.signum() != 0 ? 1 : 0); }
    }

    /**
     * An operator applied to values. Operands are coerced to what the operator needs (see
     * {@link OpCode}), so any operands and parameters build.
     *
     * @param p first parameter (shift amount, hi, width, count, style; see {@link OpCode})
     * @param q second parameter (lo of BITS)
     * @param k the constant of the *_K operators
     */
    record Expr(int id, OpCode op, List<Integer> args, int p, int q, long k) implements Node {
        public Expr {
            args = List.copyOf(args);
        }

        @Override public List<Integer> reads() { return args; }
    }

    /** A combinational wire, driven by statements on every path. */
    record Wire(int id, HwType type) implements Node {
        @Override public List<Integer> reads() { return List.of(); }
        @Override public int weight() { return type.width() + (type.signed() ? 1 : 0); }
    }

    /** A register; {@code init} null means no reset; {@code async} puts it in the asynchronous-reset domain. */
    record Reg(int id, HwType type, BigInteger init, boolean async) implements Node {
        @Override public List<Integer> reads() { return List.of(); }
        @Override public int weight() { return type.width() + (type.signed() ? 1 : 0) + (init == null ? 0 : 1) + (async ? 1 : 0); }
    }

    /** A memory, written by {@link Statement.Write}s and read by {@link SyncRead} and {@link AsyncRead} nodes. */
    record Mem(int id, HwType type, int depth, ReadUnderWrite readUnderWrite, boolean async) implements Node {
        @Override public List<Integer> reads() { return List.of(); }
        @Override public int weight() {
            return type.width() + (type.signed() ? 1 : 0) + depth + (readUnderWrite == ReadUnderWrite.WRITE_FIRST ? 1 : 0) + (async ? 1 : 0);
        }
    }

    /** A registered read port; {@code enable} -1 means always enabled. */
    record SyncRead(int id, int mem, int addr, int enable) implements Node {
        @Override public List<Integer> reads() { return enable < 0 ? List.of(addr) : List.of(addr, enable); }
        @Override public int weight() { return enable < 0 ? 0 : 1; }
    }

    /** A combinational read port. */
    record AsyncRead(int id, int mem, int addr) implements Node {
        @Override public List<Integer> reads() { return List.of(addr); }
    }

    /**
     * An instance of {@code subs().get(sub)}; its input ports become targets with ids
     * {@code inputs} and its outputs values with ids {@code outputs}, in the sub-circuit's port order.
     */
    record Instance(int id, int sub, List<Integer> inputs, List<Integer> outputs) implements Node {
        public Instance {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        @Override public List<Integer> reads() { return List.of(); }
        @Override public int weight() { return 2; }
    }
}
