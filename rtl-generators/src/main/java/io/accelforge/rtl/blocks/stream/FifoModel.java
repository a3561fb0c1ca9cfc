package io.accelforge.rtl.blocks.stream;

import java.math.BigInteger;
import java.util.ArrayDeque;

/**
 * Cycle model of {@link SyncFifo}: a queue whose outputs show its state before the clock
 * edge. A push is taken when not full, a pop when not empty, both on the same edge.
 */
public final class FifoModel {
    private final int depth;
    private final ArrayDeque<BigInteger> words = new ArrayDeque<>();

    public FifoModel(FifoParams p) { this.depth = p.depth(); }

    public boolean full() { return words.size() == depth; }
    public boolean empty() { return words.isEmpty(); }
    public int count() { return words.size(); }

    /** The head word; meaningful only when not empty. */
    public BigInteger popData() { return words.isEmpty() ? null : words.peekFirst(); }

    /** One clock edge. */
    public void step(boolean push, BigInteger pushData, boolean pop) {
        boolean doPush = push && !full();
        boolean doPop = pop && !empty();
        if (doPop) words.removeFirst();
        if (doPush) words.addLast(pushData);
    }

    public void reset() { words.clear(); }
}
