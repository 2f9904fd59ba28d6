package org.nacrad.learn.stats;

/** Outcome of a hypothesis test: which test ran, its statistic and its (two-sided) p-value. */
public record TestResult(String test, double statistic, double pValue) {

    public static final String SHAPIRO_WILK = "Shapiro-Wilk";
    public static final String STUDENT_T = "Student t-test";
    public static final String WELCH_T = "Welch t-test";
    public static final String PAIRED_T = "paired t-test";
    public static final String MANN_WHITNEY = "Mann-Whitney U";
    public static final String FISHER = "Fisher's exact test";
    public static final String FREEMAN_HALTON = "Freeman-Halton exact test";
}
