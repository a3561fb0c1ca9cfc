package io.accelforge.rtl.hcl;

/**
 * Operators of the value tree. Arithmetic, logic and mux operands are extended (by their own
 * signedness) to the result width first; compares extend both sides to the wider one.
 */
public enum OpKind {
    ADD, SUB, MUL,
    AND, OR, XOR, NOT,
    EQ, NE, LT, LE, GT, GE,
    /** static shift left by {@code amount}, result grows by amount bits */
    SHL,
    /** static shift right by {@code amount}, same width, arithmetic for SInt */
    SHR,
    /** dynamic shift left, result grows by 2^amountWidth - 1 bits */
    DSHL,
    /** dynamic shift right, same width, arithmetic for SInt */
    DSHR,
    /** concatenation, first operand most significant */
    CAT,
    /** bits [hi:lo] of the operand */
    SLICE,
    REPEAT,
    /** operands: select, when-true, when-false */
    MUX,
    AND_R, OR_R, XOR_R,
    SEXT, ZEXT,
    /** reinterpret the same bits as another signedness */
    CAST
}
