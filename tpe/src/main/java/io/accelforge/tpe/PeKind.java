package io.accelforge.tpe;

/**
 * Processing-element variants, after Wu et al., "Exploring the Performance Improvement of
 * Tensor Processing Engines through Transformation in the Bit-weight Dimension of MACs"
 * (HPCA 2025).
 */
public enum PeKind {
    /** multiplier + adder, carry-propagate accumulate every cycle */
    PLAIN,
    /** compressed-accumulative: radix-4 Booth partial products and the previous sum/carry in one carry-save tree; carry-propagate add only when draining */
    OPT1,
    /** same-bit-weight compressor array for multiplier-adder trees: operands encoded once, equal-weight partial products compressed across K, one shift-add per group */
    OPT2,
    /** sparsity-encoding digit-serial PE: one non-zero radix-4 digit per cycle, zero digits skipped */
    OPT3,
    /** a column of OPT3 PEs sharing one encoder */
    OPT4
}
