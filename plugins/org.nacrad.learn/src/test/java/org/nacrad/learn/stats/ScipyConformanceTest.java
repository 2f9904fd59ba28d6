package org.nacrad.learn.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;

/** Against scipy.stats 1.17 (oracle/learn/gen_stats.py); Freeman–Halton against the oracle's own enumeration. */
class ScipyConformanceTest {

    private static final double TOL = 1e-8;

    private static Map<String, List<List<Double>>> samples() {
        CsvTable t = Golden.csv("stats", "samples.csv");
        Map<String, List<List<Double>>> out = new LinkedHashMap<>();
        double[] g = t.numericColumn("group");
        double[] v = t.numericColumn("value");
        List<String> cases = t.column("case");
        for (int i = 0; i < v.length; i++) {
            List<List<Double>> groups = out.computeIfAbsent(cases.get(i), k -> new ArrayList<>());
            while (groups.size() <= (int) g[i]) {
                groups.add(new ArrayList<>());
            }
            groups.get((int) g[i]).add(v[i]);
        }
        return out;
    }

    private static Map<String, int[][]> tables() {
        CsvTable t = Golden.csv("stats", "tables.csv");
        Map<String, int[][]> out = new LinkedHashMap<>();
        List<String> cases = t.column("case");
        double[] r = t.numericColumn("row"), c = t.numericColumn("col"), n = t.numericColumn("count");
        Map<String, int[]> dims = new LinkedHashMap<>();
        for (int i = 0; i < n.length; i++) {
            int[] d = dims.computeIfAbsent(cases.get(i), k -> new int[2]);
            d[0] = Math.max(d[0], (int) r[i] + 1);
            d[1] = Math.max(d[1], (int) c[i] + 1);
        }
        dims.forEach((k, d) -> out.put(k, new int[d[0]][d[1]]));
        for (int i = 0; i < n.length; i++) {
            out.get(cases.get(i))[(int) r[i]][(int) c[i]] = (int) n[i];
        }
        return out;
    }

    private static double[] group(Map<String, List<List<Double>>> s, String c, int g) {
        return s.get(c).get(g).stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void everyTestMatchesScipy() {
        Map<String, List<List<Double>>> s = samples();
        Map<String, int[][]> tab = tables();
        CsvTable res = Golden.csv("stats", "results.csv");
        double[] stat = res.numericColumn("statistic");
        double[] p = res.numericColumn("pvalue");
        int checked = 0;
        for (int i = 0; i < res.rowCount(); i++) {
            String c = res.cell(i, 0);
            String test = res.cell(i, 1);
            TestResult r = switch (test) {
                case "shapiro" -> ShapiroWilk.test(group(s, c, 0));
                case "student" -> TTest.student(group(s, c, 0), group(s, c, 1));
                case "welch" -> TTest.welch(group(s, c, 0), group(s, c, 1));
                case "paired" -> TTest.paired(group(s, c, 0), group(s, c, 1));
                case "mannwhitneyu" -> MannWhitneyU.test(group(s, c, 0), group(s, c, 1));
                case "fisher" -> {
                    int[][] t = tab.get(c);
                    yield FisherExact.test(t[0][0], t[0][1], t[1][0], t[1][1]);
                }
                case "freeman_halton" -> FisherExact.test(tab.get(c));
                default -> throw new AssertionError("unknown test " + test);
            };
            Golden.assertClose(stat[i], r.statistic(), TOL, c + " " + test + " statistic");
            Golden.assertClose(p[i], r.pValue(), TOL, c + " " + test + " p-value");
            checked++;
        }
        assertEquals(res.rowCount(), checked);
    }

    @Test
    void groupComparisonPicksTheTestByNormality() {
        Map<String, List<List<Double>>> s = samples();
        GroupComparison gc = new GroupComparison();
        // normal samples of 30 and 25 values (case t1): both pass Shapiro-Wilk -> Student t-test
        TestResult normal = gc.continuous(group(s, "t1", 0), group(s, "t1", 1));
        assertEquals(TestResult.STUDENT_T, normal.test());
        assertEquals(TTest.student(group(s, "t1", 0), group(s, "t1", 1)).pValue(), normal.pValue());
        // exponential sample of 50 (case sw17) is rejected by Shapiro-Wilk -> Mann-Whitney
        assertTrue(ShapiroWilk.test(group(s, "sw17", 0)).pValue() < 0.05);
        assertEquals(TestResult.MANN_WHITNEY, gc.continuous(group(s, "sw17", 0), group(s, "t1", 1)).test());
        assertEquals(TestResult.FISHER, gc.categorical(List.of("a", "b", "a"), List.of("b", "b", "a")).test());
        TestResult fh = gc.categorical(List.of("x", "y", "z", "x"), List.of("z", "z", "y"));
        assertEquals(TestResult.FREEMAN_HALTON, fh.test());
        assertTrue(fh.pValue() > 0 && fh.pValue() <= 1);
    }
}
