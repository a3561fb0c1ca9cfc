package io.accelforge.rtl.testing;

/** The caller's own source line: tests compute the Java location a diagnostic must point at. */
public final class Here {
    private Here() {}

    /** The line this call is written on. */
    public static int line() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow().getLineNumber();
    }
}
