package io.accelforge.rtl.blocks.mac;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Grid size and arithmetic widths of a MAC grid. */
public record MacGridParams(
        @Param(min = 1, max = 128, doc = "rows of cells (A inputs)") int rows,
        @Param(min = 1, max = 128, doc = "columns of cells (B inputs)") int cols,
        @Param(min = 2, max = 32, doc = "operand width") int width,
        @Param(min = 4, max = 128, doc = "accumulator width, at least 2*width") int accWidth) {
    public MacGridParams {
        Params.check(MacGridParams.class, rows, cols, width, accWidth);
        Params.require(accWidth >= 2 * width, "parameter 'accWidth' = " + accWidth + " must be at least 2*width = " + 2 * width);
    }
}
