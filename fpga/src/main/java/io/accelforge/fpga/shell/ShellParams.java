package io.accelforge.fpga.shell;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/**
 * The board shell's settings: the UART bit period in shell clock cycles (clock / baud; a small
 * value such as 8 in simulation), the shell clock in Hz (reported in CLOCK_HZ), the bound on
 * every wait for the accelerator (2^timeoutLog2 cycles), and the board LEDs: how many, and a
 * mask of those wired active low.
 */
public record ShellParams(
        @Param(min = 4, max = 1 << 20, doc = "UART bit period in shell clock cycles") int clocksPerBit,
        @Param(min = 1, max = 1_000_000_000, doc = "shell clock frequency in Hz") long clockHz,
        @Param(min = 4, max = 40, doc = "accelerator wait limit, log2 cycles") int timeoutLog2,
        @Param(min = 0, max = 8, doc = "board LEDs driven by the LEDS register") int leds,
        @Param(min = 0, max = 255, doc = "LEDs wired active low (bit i: LED i)") int ledActiveLow) {
    public ShellParams {
        Params.check(ShellParams.class, clocksPerBit, clockHz, timeoutLog2, leds, ledActiveLow);
    }

    /** For simulation: 8 clocks per bit, a nominal 12 MHz clock, 2^16-cycle waits, no LEDs. */
    public static ShellParams simulation() { return new ShellParams(8, 12_000_000, 16, 0, 0); }

    /** The baud rate these settings give. */
    public double baud() { return (double) clockHz / clocksPerBit; }
}
