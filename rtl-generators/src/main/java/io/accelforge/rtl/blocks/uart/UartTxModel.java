package io.accelforge.rtl.blocks.uart;

/** Cycle model of {@link UartTx}: outputs show the state before the clock edge. */
public final class UartTxModel {
    private final int clocksPerBit;
    private boolean[] frame;
    private int bit = UartFrame.BITS;
    private int cycleInBit;

    public UartTxModel(UartParams p) { this.clocksPerBit = p.clocksPerBit(); }

    /** True when the byte offered now is taken on this edge: idle, or in the last cycle of the stop bit. */
    public boolean ready() { return bit >= UartFrame.BITS || (bit == UartFrame.BITS - 1 && cycleInBit == clocksPerBit - 1); }

    public boolean txd() { return bit >= UartFrame.BITS || frame[bit]; }

    /** One clock edge with these inputs. */
    public void step(boolean valid, int data) {
        if (valid && ready()) {
            frame = UartFrame.bits(data, true);
            bit = 0;
            cycleInBit = 0;
        } else if (bit < UartFrame.BITS && ++cycleInBit == clocksPerBit) {
            bit++;
            cycleInBit = 0;
        }
    }
}
