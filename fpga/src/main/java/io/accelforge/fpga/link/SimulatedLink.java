package io.accelforge.fpga.link;

import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.blocks.uart.UartFrame;
import io.accelforge.rtl.blocks.uart.UartParams;
import io.accelforge.rtl.blocks.uart.UartRxModel;
import io.accelforge.rtl.elab.Design;
import io.accelforge.sim.Port;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.BuildRequest;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A {@link Transport} to the Verilator model of a {@link ShellTop} built without a PLL: each
 * byte written becomes UART line levels on {@code uart_rx}, one clock cycle at a time, and
 * {@code uart_tx} is sampled every cycle by a software UART receiver. Simulated time passes
 * only while the link reads or is quiet; a read gives up after {@code timeoutCycles} cycles
 * with nothing to send and nothing received.
 */
public final class SimulatedLink implements Transport {
    private final VerilatorSim sim;
    private final Port rx, tx;
    private final int clocksPerBit;
    private final long timeoutCycles;
    private final UartRxModel host;
    private final ArrayDeque<Boolean> line = new ArrayDeque<>();
    private final ArrayDeque<Byte> received = new ArrayDeque<>();
    private final String name;

    private SimulatedLink(VerilatorSim sim, int clocksPerBit, long timeoutCycles, String name) {
        this.sim = sim;
        this.rx = sim.handle("uart_rx");
        this.tx = sim.handle("uart_tx");
        this.clocksPerBit = clocksPerBit;
        this.timeoutCycles = timeoutCycles;
        this.host = new UartRxModel(new UartParams(clocksPerBit));
        this.name = name;
        rx.poke(1);
        // the shell holds itself in reset for its first cycles after "configuration"
        quiet(4);
    }

    /**
     * Builds (or takes from the cache) the Verilator model of {@code shell} (elaborated
     * {@link ShellTop} without PLL) and connects to its pins, after the shell's power-on reset.
     */
    public static SimulatedLink open(Design shell, int clocksPerBit, long timeoutCycles) {
        if (!(shell.top() instanceof ShellTop top)) throw new IllegalArgumentException("a simulated link needs a ShellTop design, got " + shell.topName());
        if (top.core == null) throw new IllegalArgumentException("no shell core");
        BuildRequest r = BuildRequest.of(shell);
        BuildRequest withClock = new BuildRequest(r.sources(), r.top(), r.ports(), List.of("clk"), r.trace());
        VerilatorSim sim = VerilatorSim.open(withClock, SimOptions.defaults().withResets(List.of()));
        return new SimulatedLink(sim, clocksPerBit, timeoutCycles, "simulated " + shell.topName() + " (Verilator, " + clocksPerBit + " clocks per bit)");
    }

    /** The model, for checks that look at it directly (cycle count). */
    public VerilatorSim simulator() { return sim; }

    @Override public void write(byte[] bytes) {
        for (byte b : bytes) {
            for (boolean bit : UartFrame.bits(b & 0xFF, true)) {
                for (int c = 0; c < clocksPerBit; c++) line.add(bit);
            }
        }
    }

    @Override public int read(byte[] buf, int off, int len) {
        long idle = 0;
        while (received.isEmpty() && idle < timeoutCycles) {
            boolean sending = !line.isEmpty();
            boolean txLow = !cycle();
            idle = sending || txLow ? 0 : idle + 1;
        }
        int n = 0;
        while (n < len && !received.isEmpty()) buf[off + n++] = received.poll();
        return n;
    }

    @Override public void quiet(int byteTimes) {
        long cycles = (long) byteTimes * UartFrame.BITS * clocksPerBit;
        for (long c = 0; c < cycles || !line.isEmpty(); c++) cycle();
    }

    /**
     * Drives raw bit levels on uart_rx, one bit time each (for tests that break the UART
     * framing, e.g. a low stop bit).
     */
    public void writeBits(boolean... levels) {
        for (boolean bit : levels) for (int c = 0; c < clocksPerBit; c++) line.add(bit);
    }

    /** One clock cycle: drive rx, take the edge, sample tx; returns the tx level. */
    private boolean cycle() {
        Boolean level = line.poll();
        rx.poke(level == null || level ? 1 : 0);
        sim.step();
        boolean high = tx.peek() == 1;
        host.step(high);
        if (host.valid()) received.add((byte) host.data());
        return high;
    }

    @Override public String describe() { return name; }

    @Override public String timeoutDescription() { return timeoutCycles + " idle cycles"; }

    @Override public void close() { sim.close(); }
}
