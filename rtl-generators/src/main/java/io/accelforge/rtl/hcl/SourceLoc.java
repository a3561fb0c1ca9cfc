package io.accelforge.rtl.hcl;

import java.util.Set;

/** The Java file and line that built a piece of hardware; every diagnostic points at one. */
public record SourceLoc(String file, int line) {
    public static final SourceLoc UNKNOWN = new SourceLoc("<unknown>", 0);

    /** Library packages whose frames are skipped: a location names the generator's own code. */
    private static final Set<String> INTERNAL = Set.of("io.accelforge.rtl.hcl");
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final StackWalker CLASS_WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** The first caller outside the HCL core. */
    public static SourceLoc capture() {
        return WALKER.walk(frames -> frames
                .filter(f -> !INTERNAL.contains(packageOf(f.getClassName())))
                .findFirst()
                .map(f -> new SourceLoc(f.getFileName() == null ? f.getClassName() : f.getFileName(), f.getLineNumber()))
                .orElse(UNKNOWN));
    }

    /**
     * Where a module of class {@code cls} is being constructed: the first caller outside the
     * HCL core and outside the constructors of {@code cls} and its superclasses (the line
     * with {@code new Cls(...)}).
     */
    public static SourceLoc constructionSite(Class<?> cls) {
        return CLASS_WALKER.walk(frames -> frames
                .filter(f -> !INTERNAL.contains(packageOf(f.getClassName())))
                .dropWhile(f -> f.getMethodName().equals("<init>") && f.getDeclaringClass().isAssignableFrom(cls))
                .findFirst()
                .map(f -> new SourceLoc(f.getFileName() == null ? f.getClassName() : f.getFileName(), f.getLineNumber()))
                .orElse(UNKNOWN));
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Override public String toString() { return file + ":" + line; }
}
