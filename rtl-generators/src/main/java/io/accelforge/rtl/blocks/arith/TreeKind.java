package io.accelforge.rtl.blocks.arith;

/**
 * How a compressor tree spends its counters. Both finish in the same number of stages for
 * a rectangular array; they differ in how many adders they use and where.
 * <ul>
 *   <li>WALLACE: reduce as early as possible: every full triple of a column goes into a
 *       full adder and a remaining pair into a half adder, in every stage;</li>
 *   <li>DADDA: reduce as late as possible: each stage only brings the columns down to the
 *       next height of the sequence 2, 3, 4, 6, 9, 13, 19, 28, ..., using the fewest
 *       counters (half adders only where a column is one bit over).</li>
 * </ul>
 */
public enum TreeKind {
    WALLACE, DADDA
}
