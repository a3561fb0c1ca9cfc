package io.accelforge.sim.build;

/** A top-level port of a simulated model. */
public record PortSpec(String name, boolean input, int width, boolean signed) {
    /** Bytes of Verilator's storage for this port: CData, SData, IData, QData or 32-bit words. */
    public int storageBytes() {
        if (width <= 8) return 1;
        if (width <= 16) return 2;
        if (width <= 32) return 4;
        if (width <= 64) return 8;
        return 4 * ((width + 31) / 32);
    }
}
