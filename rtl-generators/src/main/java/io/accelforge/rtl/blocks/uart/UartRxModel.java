package io.accelforge.rtl.blocks.uart;

import io.accelforge.rtl.blocks.cdc.SynchronizerModel;
import io.accelforge.rtl.blocks.cdc.SynchronizerParams;

/** Cycle model of {@link UartRx}, synchroniser included: outputs show the state before the clock edge. */
public final class UartRxModel {
    private enum State { IDLE, START, DATA, STOP, BREAK }

    private final int clocksPerBit;
    private final SynchronizerModel sync = new SynchronizerModel(SynchronizerParams.bit(2, true));
    private State state = State.IDLE;
    private int tick, bitIndex, shift, data;
    private boolean valid, framingError;

    public UartRxModel(UartParams p) { this.clocksPerBit = p.clocksPerBit(); }

    public int data() { return data; }
    public boolean valid() { return valid; }
    public boolean framingError() { return framingError; }

    /** One clock edge with the raw line level {@code rxd}. */
    public void step(boolean rxd) {
        boolean line = sync.q() == 1;
        valid = false;
        framingError = false;
        switch (state) {
            case IDLE -> {
                if (!line) {
                    state = State.START;
                    tick = clocksPerBit / 2 - 1;
                }
            }
            case START -> {
                if (tick-- == 0) {
                    state = line ? State.IDLE : State.DATA;
                    tick = clocksPerBit - 1;
                    bitIndex = 0;
                }
            }
            case DATA -> {
                if (tick-- == 0) {
                    shift = (line ? 0x80 : 0) | shift >> 1;
                    tick = clocksPerBit - 1;
                    if (bitIndex++ == 7) state = State.STOP;
                }
            }
            case STOP -> {
                if (tick-- == 0) {
                    data = shift;
                    valid = line;
                    framingError = !line;
                    state = line ? State.IDLE : State.BREAK;
                }
            }
            case BREAK -> {
                if (line) state = State.IDLE;
            }
        }
        sync.step(rxd ? 1 : 0);
    }
}
