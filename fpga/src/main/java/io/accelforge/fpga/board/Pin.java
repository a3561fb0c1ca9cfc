package io.accelforge.fpga.board;

/**
 * One board pin: the package site (a pin number such as "35", or a ball such as "P7"), its IO
 * standard (null: the family default, LVCMOS33 on these boards), whether the FPGA's pull-up
 * is enabled, and whether the signal is active low (LEDs and buttons wired to 3.3 V).
 */
public record Pin(String site, String io, boolean pullUp, boolean activeLow) {
    public Pin {
        if (site == null || site.isBlank()) throw new IllegalArgumentException("a pin needs a 'site'");
    }

    public String ioStandard() { return io == null ? "LVCMOS33" : io; }
}
