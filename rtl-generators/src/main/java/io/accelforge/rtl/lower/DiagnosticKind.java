package io.accelforge.rtl.lower;

/** The classes of elaboration errors; each has a failing-design test. */
public enum DiagnosticKind {
    WIDTH_MISMATCH("width mismatch"),
    MULTIPLE_DRIVERS("multiple drivers"),
    UNDRIVEN("undriven"),
    LATCH("latch"),
    COMB_LOOP("combinational loop"),
    REG_NEVER_ASSIGNED("register never assigned"),
    CLOCK_CROSSING("clock crossing"),
    DUPLICATE_CASE("duplicate case"),
    NAME_COLLISION("name collision"),
    HIERARCHY("hierarchy violation");

    private final String title;

    DiagnosticKind(String title) { this.title = title; }

    public String title() { return title; }
}
