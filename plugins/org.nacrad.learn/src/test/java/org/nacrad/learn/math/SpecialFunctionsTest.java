package org.nacrad.learn.math;

import org.junit.jupiter.api.Test;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

/** Against scipy.special (oracle/learn/gen_stats.py), to 1e-12 relative. */
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
                case "stdtr" -> Distributions.studentTwoSided(x[i], a[i]) / 2; // t < 0: lower tail = half of two-sided
                default -> throw new AssertionError(f);
            };
            double rel = Math.abs(got - v[i]) / Math.max(Math.abs(v[i]), Double.MIN_NORMAL);
            if (!(rel <= 1e-12)) {
                throw new AssertionError(f + "(" + x[i] + ", " + a[i] + ", " + b[i] + "): expected " + v[i] + " got "
                        + got + " (relative error " + rel + ")");
            }
        }
    }
}
