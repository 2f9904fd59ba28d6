package org.nacrad.image.n4;

/**
 * B-spline weights of every grid index along one axis, for a lattice with {@code spans} uniform spans laid over the
 * axis from its first to its last voxel centre (the parametric mapping of ITK's B-spline filters, including their
 * 1e-3 nudge of the last voxel inside the domain). Index i is influenced by control points
 * {@code first(i) .. first(i) + order}.
 */
final class AxisBasis {

    private static final double BSPLINE_EPSILON = 1e-3;

    final int order;
    private final int[] first;
    private final double[] weights;

    AxisBasis(int gridSize, int spans, int order) {
        if (gridSize < 2) {
            throw new IllegalArgumentException("N4 needs at least 2 voxels along every axis, got " + gridSize);
        }
        this.order = order;
        this.first = new int[gridSize];
        this.weights = new double[gridSize * (order + 1)];
        double epsilon = (double) spans / (gridSize - 1) * BSPLINE_EPSILON;
        for (int i = 0; i < gridSize; i++) {
            double p = (double) spans * i / (gridSize - 1);
            if (Math.abs(p - spans) <= epsilon) {
                p = spans - epsilon;
            }
            int s = (int) p;
            double t = p - s;
            first[i] = s;
            for (int k = 0; k <= order; k++) {
                weights[i * (order + 1) + k] = kernel(order, t - k + 0.5 * (order - 1));
            }
        }
    }

    int size() {
        return first.length;
    }

    int first(int i) {
        return first[i];
    }

    double weight(int i, int k) {
        return weights[i * (order + 1) + k];
    }

    /** Centred uniform B-spline of the given order, support (-(order+1)/2, (order+1)/2). */
    static double kernel(int order, double u) {
        double a = Math.abs(u);
        switch (order) {
            case 1:
                return a < 1 ? 1 - a : 0;
            case 2:
                if (a < 0.5) {
                    return 0.75 - a * a;
                }
                return a < 1.5 ? (9 - 12 * a + 4 * a * a) / 8 : 0;
            case 3:
                if (a < 1) {
                    return (4 - 6 * a * a + 3 * a * a * a) / 6;
                }
                return a < 2 ? (2 - a) * (2 - a) * (2 - a) / 6 : 0;
            default:
                return truncatedPowerKernel(order, a);
        }
    }

    private static double truncatedPowerKernel(int order, double a) {
        double half = 0.5 * (order + 1);
        if (a >= half) {
            return 0;
        }
        double sum = 0;
        double binomial = 1;
        for (int j = 0; j <= order + 1; j++) {
            double x = a + half - j;
            if (x > 0) {
                sum += (j % 2 == 0 ? 1 : -1) * binomial * Math.pow(x, order);
            }
            binomial = binomial * (order + 1 - j) / (j + 1);
        }
        double factorial = 1;
        for (int j = 2; j <= order; j++) {
            factorial *= j;
        }
        return sum / factorial;
    }
}
