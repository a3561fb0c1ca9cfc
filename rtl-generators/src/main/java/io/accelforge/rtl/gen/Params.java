package io.accelforge.rtl.gen;

import java.lang.reflect.RecordComponent;

/** Validation for parameter records: call {@link #check} from the compact constructor. */
public final class Params {
    private Params() {}

    /**
     * Checks each value against its component's {@link Param} range; {@code values} are the
     * record's components in declaration order.
     */
    public static void check(Class<? extends Record> type, Object... values) {
        RecordComponent[] rcs = type.getRecordComponents();
        if (rcs.length != values.length) throw new IllegalArgumentException(type.getSimpleName() + ": expected " + rcs.length + " values");
        for (int i = 0; i < rcs.length; i++) {
            Param p = rcs[i].getAnnotation(Param.class);
            if (p == null || !(values[i] instanceof Number n)) continue;
            range(rcs[i].getName(), n.longValue(), p.min(), p.max());
        }
    }

    /** Fails with "parameter 'name' = v is out of range lo..hi". */
    public static void range(String name, long value, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new ParamException("parameter '" + name + "' = " + value + " is out of range " + lo + ".." + hi);
        }
    }

    /** Fails with the given explanation when {@code ok} is false (for rules between parameters). */
    public static void require(boolean ok, String message) {
        if (!ok) throw new ParamException(message);
    }
}
