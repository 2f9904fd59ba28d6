package org.nacrad.radiomics;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes a result as {@code name,value} rows (diagnostics first, then features), the way PyRadiomics prints them:
 * feature values in Python's {@code repr} float notation (shortest round-trip digits, exponent form below 1e-4 and
 * from 1e16, e.g. {@code 1e-05}, {@code 2.5e-07}, {@code 1e+16}), fields with commas or quotes quoted.
 */
public final class NameValueCsv {

    private NameValueCsv() {
    }

    public static void write(RadiomicsResult result, Writer out) throws IOException {
        out.write("name,value\n");
        for (Map.Entry<String, String> e : result.diagnostics().entrySet()) {
            out.write(field(e.getKey()) + "," + field(e.getValue()) + "\n");
        }
        for (Map.Entry<String, Double> e : result.features().entrySet()) {
            out.write(field(e.getKey()) + "," + pythonRepr(e.getValue()) + "\n");
        }
    }

    /** Python's {@code repr(float)}. */
    public static String pythonRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal d = shortest(Math.abs(v)).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    /**
     * The closest decimal with the fewest significant digits that reads back as {@code v} (what Python's repr prints;
     * Java 17's Double.toString is not always the shortest).
     */
    private static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                return r;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
