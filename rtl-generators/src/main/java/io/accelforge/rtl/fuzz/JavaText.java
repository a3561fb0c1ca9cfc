package io.accelforge.rtl.fuzz;

/** Lines of Java source with indentation: the transcript of the HCL calls a builder makes. */
final class JavaText {
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    void line(String s) { sb.append("    ".repeat(depth)).append(s).append('\n'); }

    void indent() { depth++; }

    void dedent() { depth--; }

    /** The text, every line indented {@code extra} more levels. */
    String text(int extra) {
        String pad = "    ".repeat(extra);
        StringBuilder out = new StringBuilder();
        for (String l : sb.toString().split("\n", -1)) if (!l.isEmpty()) out.append(pad).append(l).append('\n');
        return out.toString();
    }

    /** A long as a Java literal. */
    static String literal(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? Long.toString(v) : v + "L"; }
}
