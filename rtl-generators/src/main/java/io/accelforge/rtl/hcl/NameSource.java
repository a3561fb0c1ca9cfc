package io.accelforge.rtl.hcl;

/** Where a name came from; explicit and field names must be unique, derived ones are made unique. */
public enum NameSource { NONE, DERIVED, FIELD, EXPLICIT }
