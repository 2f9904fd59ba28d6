package org.nacrad.learn.mrmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.Golden;
import org.nacrad.learn.io.CsvTable;
import org.nacrad.learn.io.NumericCsv;

/** Against mrmr-selection's mrmr_classif (oracle/learn/gen_mrmr.py). */
class MrmrTest {

    private static FeatureMatrix features(String dataset) {
        CsvTable t = Golden.csv("mrmr", "data_" + dataset + ".csv");
        List<String> cols = new ArrayList<>(t.header());
        cols.remove("label");
        return NumericCsv.toMatrix(t, null, cols);
    }

    private static BinaryLabels labels(String dataset) {
        double[] l = Golden.csv("mrmr", "data_" + dataset + ".csv").numericColumn("label");
        return new BinaryLabels(Arrays.stream(l).mapToInt(v -> (int) v).toArray());
    }

    @Test
    void selectionsMatchMrmrClassifIncludingOrder() {
        CsvTable cases = Golden.csv("mrmr", "selections.csv");
        for (int i = 0; i < cases.rowCount(); i++) {
            String ds = cases.cell(i, 0);
            String group = cases.cell(i, 1);
            int k = Integer.parseInt(cases.cell(i, 2));
            Mrmr.Denominator den = cases.cell(i, 3).equals("max") ? Mrmr.Denominator.MAX : Mrmr.Denominator.MEAN;
            Mrmr.Relevance rel = cases.cell(i, 3).endsWith("-ks") ? Mrmr.Relevance.KOLMOGOROV_SMIRNOV
                    : Mrmr.Relevance.F_STATISTIC;
            FeatureMatrix x = features(ds);
            List<String> cols = x.columns().stream().filter(c -> group.equals("all") || c.startsWith(group)).toList();
            Mrmr mrmr = new Mrmr(rel, Mrmr.Redundancy.PEARSON, Mrmr.Scheme.QUOTIENT, den, FeatureCount.of(k), 10);
            FeatureSelection sel = mrmr.fit(x, labels(ds), List.of(cols), List.of());
            assertEquals(List.of(cases.cell(i, 4).split(" ")), sel.selected(), "case " + i + " " + ds + " " + group
                    + " K=" + k + " " + den + " " + rel);
        }
    }

    @Test
    void groupsRunSeparatelyAlwaysKeepLeadsAndModelFilters() {
        FeatureMatrix x = features("a");
        BinaryLabels y = labels("a");
        List<String> m = x.columns().stream().filter(c -> c.startsWith("m")).toList();
        List<String> c = x.columns().stream().filter(n -> n.startsWith("c") && !n.equals("c20")).toList();
        Mrmr mrmr = new Mrmr(Mrmr.Relevance.F_STATISTIC, Mrmr.Redundancy.PEARSON, Mrmr.Scheme.QUOTIENT,
                Mrmr.Denominator.MEAN, FeatureCount.fractionOfRows(0.1), 10); // 10 % of 60 rows = 6
        FeatureSelection sel = mrmr.fit(x, y, List.of(m, c), List.of("c20"));
        assertEquals(13, sel.selected().size());
        assertEquals("c20", sel.selected().get(0));
        assertEquals(mrmr.fit(x, y, List.of(m), List.of()).selected(), sel.selected().subList(1, 7));
        FeatureMatrix filtered = FeatureSelection.fromState(sel.toState()).transform(x);
        assertEquals(sel.selected(), filtered.columns());
    }

    @Test
    void kLargerThanColumnsIsRejected() {
        FeatureMatrix x = features("a");
        Mrmr mrmr = new Mrmr(Mrmr.Relevance.F_STATISTIC, Mrmr.Redundancy.PEARSON, Mrmr.Scheme.QUOTIENT,
                Mrmr.Denominator.MEAN, FeatureCount.of(31), 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mrmr.fit(x, labels("a")));
        assertTrue(e.getMessage().contains("K = 31"), e.getMessage());
    }

    @Test
    void mutualInformationOfCodesMatchesScikitLearn() {
        CsvTable t = Golden.csv("mrmr", "mutual_information.csv");
        for (int i = 0; i < t.rowCount(); i++) {
            int[] a = Arrays.stream(t.cell(i, 3).split(" ")).mapToInt(Integer::parseInt).toArray();
            int[] b = Arrays.stream(t.cell(i, 4).split(" ")).mapToInt(Integer::parseInt).toArray();
            double mi = Scores.mutualInformation(a, Integer.parseInt(t.cell(i, 1)), b, Integer.parseInt(t.cell(i, 2)));
            Golden.assertClose(t.numericColumn("mi")[i], mi, 1e-12, "case " + i);
        }
    }

    @Test
    void mutualInformationVariantPrefersInformativeAndAvoidsDuplicates() {
        int n = 200;
        double[][] v = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double noise = Math.sin(i * 12.9898) * 0.3;
            v[i][0] = y[i] + noise;            // informative
            v[i][1] = 2 * v[i][0] + 1;         // same information, monotone copy
            v[i][2] = Math.cos(i * 78.233);    // noise
        }
        FeatureMatrix x = new FeatureMatrix(List.of("s", "copy", "noise"), v);
        Mrmr mi = new Mrmr(Mrmr.Relevance.MUTUAL_INFORMATION, Mrmr.Redundancy.MUTUAL_INFORMATION,
                Mrmr.Scheme.DIFFERENCE, Mrmr.Denominator.MEAN, FeatureCount.of(2), 10);
        List<String> sel = mi.fit(x, new BinaryLabels(y)).selected();
        assertEquals("s", sel.get(0), "ties go to the earlier column");
        assertEquals("noise", sel.get(1), "the copy carries the full entropy as redundancy");
        // I(x; x) of a 10-bin equal-frequency coding of 200 distinct values is log(10)
        int[] codes = Scores.quantileBins(x.column(2), 10);
        assertEquals(Math.log(10), Scores.mutualInformation(codes, 10, codes, 10), 1e-12);
    }
}
