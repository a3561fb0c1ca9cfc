package io.accelforge.rtl.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One parameter as the command line shows it: name, type, default, range or choices, description. */
public record ParamSpec(String name, Class<?> type, Object defaultValue, Long min, Long max, String doc) {
    public String typeName() {
        if (type.isEnum()) return "enum";
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** "2..32", "one of: os, ws, is", "true|false" or "". */
    public String range() {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
            return "one of: " + String.join(", ", names);
        }
        if (type == boolean.class || type == Boolean.class) return "true|false";
        if (min == null && max == null) return "";
        return (min == null ? "" : min) + ".." + (max == null ? "" : max);
    }

    public String defaultText() {
        return defaultValue instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(defaultValue);
    }

    /** Parses a command-line value; fails naming the parameter and what is accepted. */
    public Object parse(String text) {
        String t = text.trim();
        try {
            if (type == int.class || type == Integer.class) return checked(Long.parseLong(t));
            if (type == long.class || type == Long.class) return checked(Long.parseLong(t));
            if (type == boolean.class || type == Boolean.class) {
                if (t.equalsIgnoreCase("true") || t.equals("1")) return true;
                if (t.equalsIgnoreCase("false") || t.equals("0")) return false;
                throw new ParamException("parameter '" + name + "' = '" + text + "' is not a boolean; use true or false");
            }
            if (type.isEnum()) {
                for (Object c : type.getEnumConstants()) {
                    if (((Enum<?>) c).name().equalsIgnoreCase(t)) return c;
                }
                throw new ParamException("parameter '" + name + "' = '" + text + "' is not " + range());
            }
            if (type == String.class) return t;
        } catch (NumberFormatException e) {
            throw new ParamException("parameter '" + name + "' = '" + text + "' is not a whole number" + (range().isEmpty() ? "" : " (" + range() + ")"));
        }
        throw new ParamException("parameter '" + name + "' has unsupported type " + type.getSimpleName());
    }

    /** In range, and for an int within the int range: 99999999999 for an int is out of range, not malformed. */
    private Object checked(long v) {
        boolean isInt = type == int.class || type == Integer.class;
        long lo = min != null ? min : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long hi = max != null ? max : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (isInt) {
            lo = Math.max(lo, Integer.MIN_VALUE);
            hi = Math.min(hi, Integer.MAX_VALUE);
        }
        Params.range(name, v, lo, hi);
        return isInt ? (Object) (int) v : (Object) v;
    }
}
