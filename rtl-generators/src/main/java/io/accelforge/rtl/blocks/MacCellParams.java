package io.accelforge.rtl.blocks;

/** Operand width and accumulator width of a MAC cell. */
public record MacCellParams(int width, int accWidth) {
    public MacCellParams {
        if (width < 2 || width > 32) throw new IllegalArgumentException("width must be 2..32, got " + width);
        if (accWidth < 2 * width || accWidth > 128) throw new IllegalArgumentException("accWidth must be " + 2 * width + "..128, got " + accWidth);
    }
}
