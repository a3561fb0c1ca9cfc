package io.accelforge.tpe.topology;

import java.math.BigDecimal;

/**
 * Doubles written as Python's {@code str(float)} writes them, so that a report reads like the
 * one SCALE-Sim (a Python program) writes: the shortest digits that round-trip (Java's
 * {@link Double#toString} digits), positional from 1e-4 to below 1e16 ({@code 91.68309650614964},
 * {@code 100.0}), scientific outside ({@code 2.4e-05}).
 */
final class PythonFloat {
    private PythonFloat() {}

    static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e16) {
            String s = d.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
