package io.accelforge.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses repeated --param k=v values. */
final class ParamArgs {
    private ParamArgs() {}

    static Map<String, String> parse(String[] values) throws UsageException {
        Map<String, String> out = new LinkedHashMap<>();
        if (values == null) return out;
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) throw new UsageException("--param '" + v + "' is not of the form name=value");
            String k = v.substring(0, eq).trim();
            if (out.put(k, v.substring(eq + 1)) != null) throw new UsageException("parameter '" + k + "' given twice");
        }
        return out;
    }
}
