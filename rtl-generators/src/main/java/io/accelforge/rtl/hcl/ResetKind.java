package io.accelforge.rtl.hcl;

/** How a clock domain's active-high reset acts on its registers. */
public enum ResetKind { SYNC, ASYNC }
