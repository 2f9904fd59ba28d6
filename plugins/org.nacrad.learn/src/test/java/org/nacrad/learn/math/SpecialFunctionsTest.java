package org.nacrad.learn.math;

import org.junit.jupiter.api.Test;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

/** Against scipy.special (oracle/learn/gen_stats.py), to 1e-12 relative (1e-9 absolute at an exact 0). */
class SpecialFunctionsTest {

    @Test
    void matchesScipySpecial() {
        CsvTable t = Golden.csv("stats", "special.csv");
        double[] x = t.numericColumn("x"), a = t.numericColumn("a"), b = t.numericColumn("b");
        double[] v = t.numericColumn("value");
        for (int i = 0; i < t.rowCount(); i++) {
            String f = t.cell(i, 0);
            double got = switch (f) {
                case "gammaln" -> SpecialFunctions.logGamma(x[i]);
                case "betainc" -> SpecialFunctions.incompleteBeta(x[i], a[i], b[i]);
                case "ndtr" -> Distributions.normalCdf(x[i]);
                case "ndtri" -> Distributions.normalQuantile(x[i]);
                case "stdtr" -> Distributions.studentTwoSided(x[i], a[i]) / 2; // t < 0: lower tail = half of two-sided
                default -> throw new AssertionError(f);
            };
            // relative error; absolute where the exact value is 0 (the quantile at p = 0.5)
            double rel = v[i] == 0 ? Math.abs(got) * 1e-3 : Math.abs(got - v[i]) / Math.abs(v[i]);
            if (!(rel <= 1e-12)) {
                throw new AssertionError(f + "(" + x[i] + ", " + a[i] + ", " + b[i] + "): expected " + v[i] + " got "
                        + got + " (relative error " + rel + ")");
            }
        }
    }
}
