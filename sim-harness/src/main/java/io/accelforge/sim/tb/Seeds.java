package io.accelforge.sim.tb;

/** The seed of a randomised run: -Daccelforge.seed=N replays one, else a fresh one is drawn. */
public final class Seeds {
    public static final String PROPERTY = "accelforge.seed";

    private Seeds() {}

    public static long next() {
        String s = System.getProperty(PROPERTY);
        if (s != null && !s.isBlank()) return Long.parseLong(s.trim());
        return System.nanoTime() & 0x7fff_ffffL;
    }

    /** "seed 1234; replay with -Daccelforge.seed=1234". */
    public static String describe(long seed) { return "seed " + seed + "; replay with -D" + PROPERTY + "=" + seed; }
}
