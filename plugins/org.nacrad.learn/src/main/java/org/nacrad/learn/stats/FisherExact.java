package org.nacrad.learn.stats;

import org.nacrad.learn.math.SpecialFunctions;

/**
 * Exact tests of independence in contingency tables: Fisher's test for 2×2 tables with
 * {@code scipy.stats.fisher_exact} semantics (two-sided, statistic = sample odds ratio), and the Freeman–Halton
 * extension for larger tables by full enumeration of the tables with the observed margins.
 */
public final class FisherExact {

    /** scipy's relative tolerance when comparing a 2×2 table's probability with the observed one. */
    private static final double TOLERANCE_2X2 = 1e-14;
    /** R's {@code fisher.test} tolerance for r×c tables (1 + 1e-7), absorbing rounding of equal probabilities. */
    private static final double TOLERANCE_RXC = 1e-7;
    /** Enumeration budget; beyond it the exact test is refused rather than left running for hours. */
    static final long MAX_TABLES = 200_000_000L;

    private FisherExact() {
    }

    /**
     * Two-sided Fisher's exact test of [[a, b], [c, d]]: p = Σ P(table) over tables with the observed margins
     * whose hypergeometric probability is at most the observed one (relative tolerance 1e-14); a zero margin gives
     * (NaN, 1) as scipy.
     */
    public static TestResult test(int a, int b, int c, int d) {
        int[][] t = {{a, b}, {c, d}};
        checkCounts(t);
        if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0) {
            return new TestResult(TestResult.FISHER, Double.NaN, 1);
        }
        double odds = c > 0 && b > 0 ? (double) a * d / ((double) c * b) : Double.POSITIVE_INFINITY;
        int row0 = a + b, row1 = c + d, col0 = a + c;
        int lo = Math.max(0, col0 - row1), hi = Math.min(col0, row0);
        double logObserved = logHypergeometric(a, row0, row1, col0);
        double p = 0;
        double pModeCheck = Double.NEGATIVE_INFINITY;
        for (int x = lo; x <= hi; x++) {
            double lp = logHypergeometric(x, row0, row1, col0);
            pModeCheck = Math.max(pModeCheck, lp);
            if (lp <= logObserved + Math.log1p(TOLERANCE_2X2)) {
                p += Math.exp(lp);
            }
        }
        if (Math.abs(Math.exp(logObserved) - Math.exp(pModeCheck)) / Math.exp(pModeCheck) <= TOLERANCE_2X2) {
            p = 1; // the observed table is the most likely one
        }
        return new TestResult(TestResult.FISHER, odds, Math.min(1, p));
    }

    /** log P(a) of the hypergeometric law of cell [0][0] given row sums r0, r1 and first column sum c0. */
    private static double logHypergeometric(int a, int r0, int r1, int c0) {
        return SpecialFunctions.logChoose(r0, a) + SpecialFunctions.logChoose(r1, c0 - a)
                - SpecialFunctions.logChoose(r0 + r1, c0);
    }

    /**
     * Freeman–Halton test of an r×c table (2×2 tables go to {@link #test(int, int, int, int)}): p = Σ P(T) over all
     * tables T with the observed row and column sums and P(T) ≤ P(observed)·(1 + 1e-7), where
     * P(T) = Π row! Π col! / (N! Π cell!). The statistic is P(observed). Cost grows with the number of such tables
     * (fine for 2×c clinical tables of a few hundred patients); beyond 2·10⁸ tables the test is refused.
     */
    public static TestResult test(int[][] table) {
        checkCounts(table);
        int r = table.length, c = table[0].length;
        if (r == 2 && c == 2) {
            return test(table[0][0], table[0][1], table[1][0], table[1][1]);
        }
        int[] rows = new int[r];
        int[] cols = new int[c];
        int n = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rows[i] += table[i][j];
                cols[j] += table[i][j];
                n += table[i][j];
            }
        }
        if (r == 1 || c == 1 || n == 0) {
            return new TestResult(TestResult.FREEMAN_HALTON, 1, 1);
        }
        double constant = -SpecialFunctions.logFactorial(n);
        for (int v : rows) {
            constant += SpecialFunctions.logFactorial(v);
        }
        for (int v : cols) {
            constant += SpecialFunctions.logFactorial(v);
        }
        double logObserved = constant;
        for (int[] row : table) {
            for (int v : row) {
                logObserved -= SpecialFunctions.logFactorial(v);
            }
        }
        Enumeration e = new Enumeration(rows, cols, constant, logObserved + Math.log1p(TOLERANCE_RXC));
        e.fill(0, 0, 0);
        return new TestResult(TestResult.FREEMAN_HALTON, Math.exp(logObserved), Math.min(1, e.p));
    }

    /** Depth-first enumeration, cell by cell in row-major order, of tables with given margins. */
    private static final class Enumeration {
        private final int[] rowLeft;
        private final int[] colLeft;
        private final double constant;
        private final double threshold;
        private double p;
        private long tables;

        Enumeration(int[] rows, int[] cols, double constant, double threshold) {
            this.rowLeft = rows.clone();
            this.colLeft = cols.clone();
            this.constant = constant;
            this.threshold = threshold;
        }

        /** Fills cell (i, j) onward; {@code logCells} = -Σ log(cell!) of the cells filled so far. */
        void fill(int i, int j, double logCells) {
            int r = rowLeft.length, c = colLeft.length;
            if (i == r - 1) {
                // the last row is determined by the remaining column sums
                double lc = logCells;
                for (int k = 0; k < c; k++) {
                    lc -= SpecialFunctions.logFactorial(colLeft[k]);
                }
                if (++tables > MAX_TABLES) {
                    throw new IllegalArgumentException("Freeman-Halton test: more than " + MAX_TABLES
                            + " tables share these margins; the exact test is too expensive for this table — merge "
                            + "sparse levels");
                }
                double lp = constant + lc;
                if (lp <= threshold) {
                    p += Math.exp(lp);
                }
                return;
            }
            if (j == c - 1) {
                int v = rowLeft[i];
                if (v > colLeft[j]) {
                    return;
                }
                colLeft[j] -= v;
                rowLeft[i] = 0;
                fill(i + 1, 0, logCells - SpecialFunctions.logFactorial(v));
                rowLeft[i] = v;
                colLeft[j] += v;
                return;
            }
            int restCapacity = 0;
            for (int k = j + 1; k < c; k++) {
                restCapacity += colLeft[k];
            }
            int min = Math.max(0, rowLeft[i] - restCapacity);
            int max = Math.min(rowLeft[i], colLeft[j]);
            for (int v = min; v <= max; v++) {
                rowLeft[i] -= v;
                colLeft[j] -= v;
                fill(i, j + 1, logCells - SpecialFunctions.logFactorial(v));
                rowLeft[i] += v;
                colLeft[j] += v;
            }
        }
    }

    private static void checkCounts(int[][] t) {
        if (t.length == 0 || t[0].length == 0) {
            throw new IllegalArgumentException("empty contingency table");
        }
        for (int[] row : t) {
            if (row.length != t[0].length) {
                throw new IllegalArgumentException("ragged contingency table");
            }
            for (int v : row) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative count in a contingency table");
                }
            }
        }
    }
}
