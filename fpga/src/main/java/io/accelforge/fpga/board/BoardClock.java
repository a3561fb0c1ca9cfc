package io.accelforge.fpga.board;

/** The board oscillator: the name of its pin in the board's pin map and its frequency. */
public record BoardClock(String pin, double mhz) {
    public BoardClock {
        if (pin == null || pin.isBlank()) throw new IllegalArgumentException("the clock needs a 'pin'");
        if (!(mhz > 0)) throw new IllegalArgumentException("the clock needs a positive 'mhz', got " + mhz);
    }

    public long hz() { return Math.round(mhz * 1e6); }
}
