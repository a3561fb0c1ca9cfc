package io.accelforge.rtl.hcl;

/**
 * Misuse of the construction API found while building (mixing UInt and SInt, slicing out of
 * range, a constant that does not fit): reported at once, with the generator's source line.
 */
public final class HclException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLoc loc;
    private final String problem;
    private final String fix;

    public HclException(String problem, String fix) {
        this(SourceLoc.capture(), problem, fix);
    }

    public HclException(SourceLoc loc, String problem, String fix) {
        super("error at " + loc + ": " + problem + (fix == null ? "" : "\n       fix: " + fix));
        this.loc = loc;
        this.problem = problem;
        this.fix = fix;
    }

    public SourceLoc loc() { return loc; }
    public String problem() { return problem; }
    public String fix() { return fix; }
}
