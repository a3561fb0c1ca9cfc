package io.accelforge.tpe.pe;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;
import io.accelforge.tpe.Precision;

/** An OPT4C column: {@code n} sparsity-encoding PEs sharing one encoder; operand format and accumulator as {@link SparseDigitPeParams}. */
public record SparseColumnParams(
        @Param(min = 1, max = 256, doc = "PEs in the column (each with its own B operand and accumulator)") int n,
        @Param(doc = "operand precision: int4, int8 or int16") Precision precision,
        @Param(doc = "signed (two's complement) operands") boolean signed,
        @Param(min = 0, max = 64, doc = "accumulator width in bits, at least 2W; 0 = 2W + 16") int accWidth) {
    public SparseColumnParams {
        Params.require(precision != null, "parameter 'precision' is missing: give int4, int8 or int16");
        Params.check(SparseColumnParams.class, n, precision, signed, accWidth);
        SparseDigitPeParams.requireAccumulator(accWidth, precision);
    }

    /** What each PE of the column is. */
    public SparseDigitPeParams pe() { return new SparseDigitPeParams(precision, signed, accWidth); }
}
