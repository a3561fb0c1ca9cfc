package io.accelforge.rtl.hcl;

/**
 * A group of named signals (for example a ready/valid stream). Subclass it with signal
 * fields; a bundle held in field {@code out} names its members out_valid, out_ready, ...
 */
public abstract class Bundle {
    protected Bundle() {}
}
