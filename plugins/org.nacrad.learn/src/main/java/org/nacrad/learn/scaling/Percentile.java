package org.nacrad.learn.scaling;

/** numpy's default ("linear") percentile of sorted values. */
final class Percentile {

    private Percentile() {
    }

    /**
     * The q-th percentile (0..100) of ascending {@code sorted}: position h = (n-1)q/100 between neighbours
     * x[floor h] and x[floor h + 1], interpolated as numpy's {@code _lerp} does (from the nearer end).
     */
    static double linear(double[] sorted, double q) {
        int n = sorted.length;
        double h = (n - 1) * (q / 100.0);
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
