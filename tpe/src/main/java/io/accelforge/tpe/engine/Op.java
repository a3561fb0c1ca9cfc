package io.accelforge.tpe.engine;

/** The commands of the engine command interface (tpe/DESIGN.md), by their {@code cmdOp} code. */
public enum Op {
    NOP, WRITE_A, WRITE_B, COMPUTE, READ_C, READ_STATUS, READ_CYCLES, CLEAR_C;

    /** The cmdOp value. */
    public int code() { return ordinal(); }
}
