package io.accelforge.fpga.link;

/**
 * A byte stream to a board shell: a real serial port ({@link SerialLink}) or the shell's
 * Verilator model driven bit by bit on its UART pins ({@link SimulatedLink}). The
 * {@link ShellClient} speaks the protocol over either, with the same code.
 */
public interface Transport extends AutoCloseable {
    /** Sends these bytes. */
    void write(byte[] bytes);

    /**
     * Reads at least one byte into {@code buf[off, off+len)}, waiting up to the transport's
     * timeout (wall time on a serial port, simulated cycles in simulation); 0 when none came.
     */
    int read(byte[] buf, int off, int len);

    /** Leaves the line idle for {@code byteTimes} byte times (10 bits each). */
    void quiet(int byteTimes);

    /** For messages: the port or the simulated design. */
    String describe();

    /** How long a read waits, for messages ("1.0 s", "200000 cycles"). */
    String timeoutDescription();

    @Override void close();
}
