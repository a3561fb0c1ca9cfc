package io.accelforge.tpe.array;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.pe.SparseColumn;
import io.accelforge.tpe.pe.SparseColumnParams;
import io.accelforge.tpe.pe.SparseDigitPe;
import io.accelforge.tpe.pe.SparseDigitPeParams;
import java.util.List;

/** The sparsity-encoding (bit-slice) generators: OPT3 PE, OPT4C column, and the array built of them. */
public final class SparseGenerators {
    private SparseGenerators() {}

    public static List<Generator<?>> all() {
        return List.of(
                new Generator<>("sparse-digit-pe", "OPT3 sparsity-encoding PE: one non-zero radix-4 digit of a per cycle into a carry-save acc += a*b",
                        SparseDigitPeParams.class, new SparseDigitPeParams(Precision.INT8, true, 0),
                        List.of(new SparseDigitPeParams(Precision.INT4, false, 8), new SparseDigitPeParams(Precision.INT16, true, 0)),
                        SparseDigitPe::new),
                new Generator<>("sparse-column", "OPT4C: n sparsity-encoding PEs sharing one encoder of a, acc_i += a*b_i in lockstep",
                        SparseColumnParams.class, new SparseColumnParams(8, Precision.INT8, true, 0),
                        List.of(new SparseColumnParams(1, Precision.INT8, false, 0), new SparseColumnParams(3, Precision.INT16, false, 40)),
                        SparseColumn::new),
                new Generator<>("sparse-matrix", "rows x cols output-stationary array of sparsity-encoding PEs, one shared encoder per row (OPT4C) or per PE (OPT3)",
                        SparseMatrixParams.class, new SparseMatrixParams(8, 8, Precision.INT8, true, PeKind.OPT4, 0, 65536),
                        List.of(new SparseMatrixParams(2, 3, Precision.INT8, false, PeKind.OPT3, 0, 65536),
                                new SparseMatrixParams(4, 4, Precision.INT16, true, PeKind.OPT4, 0, 1024),
                                new SparseMatrixParams(1, 1, Precision.INT4, true, PeKind.OPT4, 0, 16)),
                        SparseMatrix::new));
    }
}
