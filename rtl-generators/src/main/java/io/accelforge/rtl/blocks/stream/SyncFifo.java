package io.accelforge.rtl.blocks.stream;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.log2Up;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Wire;

/**
 * Synchronous first-word-fall-through FIFO whose storage maps to block RAM (SB_RAM40_4K,
 * RAMB18): a memory written on the clock edge with a registered read port.
 *
 * <p>The head word (the one {@code popData} shows) sits in the RAM's read register, or, when
 * it was pushed into an empty FIFO, in a bypass register beside it. Whenever the head leaves
 * (or there is none), the next word is read from RAM if RAM holds one, else the word being
 * pushed goes straight to the bypass. So a pushed word shows one cycle later, {@code empty}
 * is exactly {@code count == 0}, and a pop every cycle drains a word every cycle.
 *
 * <p>Handshake: a push is taken when {@code !full}, a pop when {@code !empty}; otherwise it is
 * ignored. All outputs depend only on registers, never on {@code push}, {@code pop} or {@code pushData}.
 */
public final class SyncFifo extends Module {
    public final Input push, pushData, pop;
    public final Output full, popData, empty, count;
    private final Mem storage;
    private final Reg wrPtr, rdPtr, held, headValid, headInBypass, bypass;
    private final SyncRead ramHead;
    private final Wire doPush, doPop, headFree, ramHasWord, fetch, pushToHead;

    public SyncFifo(FifoParams p) {
        super(p);
        int aw = log2Up(p.depth());
        push = input(Bool());
        pushData = input(UInt(p.width()));
        pop = input(Bool());
        full = output(Bool());
        popData = output(UInt(p.width()));
        empty = output(Bool());
        count = output(UInt(aw + 1));

        storage = mem(UInt(p.width()), p.depth());
        wrPtr = reg(UInt(aw)).init(0);
        rdPtr = reg(UInt(aw)).init(0);
        held = reg(UInt(aw + 1)).init(0);
        headValid = reg(Bool()).init(0);
        headInBypass = reg(Bool()).init(0);
        bypass = reg(UInt(p.width()));

        doPush = wire(push.and(held.ne(p.depth())));
        doPop = wire(pop.and(headValid));
        headFree = wire(headValid.not().or(pop));
        // RAM never holds all depth words (the head is outside it), so equal pointers mean empty
        ramHasWord = wire(wrPtr.ne(rdPtr));
        fetch = wire(headFree.and(ramHasWord));
        pushToHead = wire(headFree.and(ramHasWord.not()).and(doPush));

        // a read never hits the word being written (RAM is empty then), so read-under-write never matters
        ramHead = storage.readSync(rdPtr, fetch);
        when(fetch, () -> rdPtr.set(rdPtr.add(1)));
        when(doPush.and(pushToHead.not()), () -> {
            storage.write(wrPtr, pushData);
            wrPtr.set(wrPtr.add(1));
        });
        when(pushToHead, () -> bypass.set(pushData));
        when(headFree, () -> {
            headValid.set(fetch.or(pushToHead));
            headInBypass.set(pushToHead);
        });
        when(doPush.and(doPop.not()), () -> held.set(held.add(1)))
                .elseWhen(doPop.and(doPush.not()), () -> held.set(held.sub(1)));

        full.set(held.eq(p.depth()));
        empty.set(headValid.not());
        count.set(held);
        popData.set(mux(headInBypass, bypass, ramHead));
    }
}
