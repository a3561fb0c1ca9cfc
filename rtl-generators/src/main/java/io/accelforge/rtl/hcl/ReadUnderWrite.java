package io.accelforge.rtl.hcl;

/** What a synchronous read returns when the same address is written in the same cycle. */
public enum ReadUnderWrite {
    /** the word as it was before the write (what block RAM does natively) */
    READ_FIRST,
    /** the word as written, through a bypass */
    WRITE_FIRST
}
