package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Value;
import java.util.StringJoiner;

/** A built HCL value and the Java expression that builds it, kept together so the printed reproducer is what was built. */
record Term(Value v, String code) {
    HwType type() { return v.type(); }

    int width() { return v.width(); }

    boolean signed() { return v.signed(); }

    /** {@code this.method(args)}, whose HCL result is {@code result}. */
    Term call(String method, Value result, Object... args) { return new Term(result, code + "." + method + "(" + join(args) + ")"); }

    /** A static Hcl call, {@code fn(args)}. */
    static Term of(String fn, Value result, Object... args) { return new Term(result, fn + "(" + join(args) + ")"); }

    static String type(HwType t) { return t.isBool() ? "Bool()" : (t.signed() ? "SInt(" : "UInt(") + t.width() + ")"; }

    private static String join(Object... args) {
        StringJoiner j = new StringJoiner(", ");
        for (Object a : args) {
            j.add(switch (a) {
                case Term t -> t.code();
                case Long l -> JavaText.literal(l);
                case HwType t -> type(t);
                default -> String.valueOf(a);
            });
        }
        return j.toString();
    }

    // ---- the coercions every operand goes through -----------------------------------------

    /** Exactly type {@code t}: truncated or extended (by its own signedness), then reinterpreted. */
    Term fit(HwType t) {
        Term r = this;
        if (r.width() > t.width()) r = r.call("trunc", r.v.trunc(t.width()), t.width());
        else if (r.width() < t.width()) r = r.call("ext", r.v.ext(t.width()), t.width());
        return r.sign(t.signed());
    }

    /** Same bits, the given signedness. */
    Term sign(boolean s) {
        if (signed() == s) return this;
        return s ? call("asSInt", v.asSInt()) : call("asUInt", v.asUInt());
    }

    /** A Bool: itself, or the OR of its bits. */
    Term bool() {
        if (type().isBool()) return this;
        if (width() == 1) return call("asUInt", v.asUInt());
        return call("orR", v.orR());
    }
}
