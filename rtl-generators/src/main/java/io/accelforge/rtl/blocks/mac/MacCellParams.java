package io.accelforge.rtl.blocks.mac;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Operand width and accumulator width of a MAC cell. */
public record MacCellParams(
        @Param(min = 2, max = 32, doc = "operand width") int width,
        @Param(min = 4, max = 128, doc = "accumulator width, at least 2*width") int accWidth) {
    public MacCellParams {
        Params.check(MacCellParams.class, width, accWidth);
        Params.require(accWidth >= 2 * width, "parameter 'accWidth' = " + accWidth + " must be at least 2*width = " + 2 * width);
    }
}
