package org.nacrad.report.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.learn.stats.GroupComparison;
import org.nacrad.learn.stats.TestResult;
import org.nacrad.report.input.PatientTable;
import org.nacrad.report.input.ReportInputException;

/**
 * The study's Table 1: every clinical variable by outcome group (0 = non-responder, 1 = responder) of a criterion.
 * Numeric variables: n, mean ± sample SD per group, and Student's t-test if Shapiro–Wilk accepts normality in both
 * groups, Mann–Whitney U otherwise. Categorical variables: counts per level and group, Fisher's exact test (two
 * levels) or Freeman–Halton (more). Missing values are left out per variable, so n may differ between variables.
 */
public final class Table1 {

    public static final List<String> COLUMNS = List.of("criterion", "variable", "kind", "level", "n_0", "n_1",
        "mean_0", "sd_0", "mean_1", "sd_1", "count_0", "count_1", "test", "statistic", "p_value");

    /**
     * One line of the table. Numeric: {@code level} null, means and SDs set, counts null. Categorical: one row per
     * level (sorted) with its counts; the test is the variable's and repeats on each of its rows.
     */
    public record Row(String criterion, String variable, String kind, String level, int n0, int n1, Double mean0,
        Double sd0, Double mean1, Double sd1, Integer count0, Integer count1, TestResult test) {

        public List<Object> values() {
            return Arrays.asList(criterion, variable, kind, level, n0, n1, mean0, sd0, mean1, sd1, count0, count1,
                test.test(), test.statistic(), test.pValue());
        }
    }

    private Table1() {
    }

    public static List<Row> of(PatientTable clinical, String criterion, GroupComparison comparison)
        throws ReportInputException {
        List<Row> rows = new ArrayList<>();
        for (PatientTable.Column c : clinical.columns().values()) {
            try {
                if (c.isNumeric()) {
                    rows.add(numeric(clinical, c.name(), criterion, comparison));
                } else {
                    rows.addAll(categorical(clinical, c.name(), criterion, comparison));
                }
            } catch (IllegalArgumentException e) {
                throw new ReportInputException(clinical.source() + ": column '" + c.name() + "', criterion '"
                    + criterion + "': " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static Row numeric(PatientTable t, String column, String criterion, GroupComparison comparison)
        throws ReportInputException {
        double[][] g = t.numericByGroup(column, criterion);
        if (g[0].length == 0 || g[1].length == 0) {
            throw new IllegalArgumentException("a response group has no values");
        }
        MeanSd s0 = MeanSd.of(g[0]);
        MeanSd s1 = MeanSd.of(g[1]);
        return new Row(criterion, column, "numeric", null, g[0].length, g[1].length, s0.mean(), s0.sd(), s1.mean(),
            s1.sd(), null, null, comparison.continuous(g[0], g[1]));
    }

    private static List<Row> categorical(PatientTable t, String column, String criterion,
        GroupComparison comparison) throws ReportInputException {
        List<List<String>> g = t.labelsByGroup(column, criterion);
        TestResult test = comparison.categorical(g.get(0), g.get(1));
        TreeSet<String> levels = new TreeSet<>(g.get(0));
        levels.addAll(g.get(1));
        List<Row> rows = new ArrayList<>();
        for (String level : levels) {
            int c0 = (int) g.get(0).stream().filter(level::equals).count();
            int c1 = (int) g.get(1).stream().filter(level::equals).count();
            rows.add(new Row(criterion, column, "categorical", level, g.get(0).size(), g.get(1).size(), null, null,
                null, null, c0, c1, test));
        }
        return rows;
    }
}
