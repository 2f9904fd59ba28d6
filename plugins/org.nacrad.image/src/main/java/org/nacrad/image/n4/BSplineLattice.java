package org.nacrad.image.n4;

import java.util.Arrays;

/**
 * A scalar B-spline control-point lattice over a 3D grid (x fastest), as ITK's
 * BSplineScatteredDataPointSetToImageFilter fits it and BSplineControlPointImageFilter evaluates and refines it.
 * The lattice is parametric: it spans the grid from the first to the last voxel centre whatever the grid size, so
 * a lattice fitted on a shrunk grid can be evaluated on the full-resolution one.
 */
final class BSplineLattice {

    private static final double ALMOST_ZERO = 0.1 * Math.ulp(1.0);

    final int order;
    final int[] n;
    final double[] phi;

    BSplineLattice(int order, int[] n, double[] phi) {
        this.order = order;
        this.n = n.clone();
        this.phi = phi;
    }

    private int spans(int axis) {
        return n[axis] - order;
    }

    private AxisBasis[] bases(int[] gridSize) {
        return new AxisBasis[] {new AxisBasis(gridSize[0], spans(0), order), new AxisBasis(gridSize[1], spans(1), order),
            new AxisBasis(gridSize[2], spans(2), order)};
    }

    /**
     * Single-level Lee–Wolberg–Shin approximation of the values at the included grid voxels (unit confidence),
     * with ITK's accumulation: ω += B², δ += v·B³/ΣB², φ = δ/ω. The tensor-product weights are applied one axis
     * at a time; every z slice accumulates its own plane and planes are summed in slice order.
     */
    static BSplineLattice fit(double[] values, boolean[] include, int[] gridSize, int[] controlPoints, int order,
        Workers workers) {
        BSplineLattice lattice = new BSplineLattice(order, controlPoints, new double[controlPoints[0] * controlPoints[1]
            * controlPoints[2]]);
        AxisBasis[] b = lattice.bases(gridSize);
        double[][] norm = {squareSums(b[0]), squareSums(b[1]), squareSums(b[2])};
        int planeSize = controlPoints[0] * controlPoints[1];
        int nz = gridSize[2];
        double[][] deltaPlanes = new double[nz][planeSize];
        double[][] omegaPlanes = new double[nz][planeSize];
        workers.forEach(nz, z -> accumulateSlice(z, values, include, gridSize, controlPoints[0], b, norm,
            deltaPlanes[z], omegaPlanes[z]));
        double[] delta = new double[lattice.phi.length];
        double[] omega = new double[lattice.phi.length];
        for (int z = 0; z < nz; z++) {
            spread(deltaPlanes[z], omegaPlanes[z], delta, omega, planeSize, b[2], z, norm[2][z]);
        }
        for (int i = 0; i < delta.length; i++) {
            if (Math.abs(omega[i]) > ALMOST_ZERO) {
                double p = delta[i] / omega[i];
                lattice.phi[i] = Double.isFinite(p) ? p : 0;
            }
        }
        return lattice;
    }

    /** δ and ω contributions of one z slice on a (cx × cy) plane of control points. */
    private static void accumulateSlice(int z, double[] values, boolean[] include, int[] gridSize, int cx,
        AxisBasis[] b, double[][] norm, double[] deltaPlane, double[] omegaPlane) {
        int nx = gridSize[0];
        int ny = gridSize[1];
        int k1 = b[0].order + 1;
        double[] dRow = new double[cx];
        double[] oRow = new double[cx];
        for (int y = 0; y < ny; y++) {
            Arrays.fill(dRow, 0);
            Arrays.fill(oRow, 0);
            boolean any = false;
            int base = nx * (y + ny * z);
            for (int x = 0; x < nx; x++) {
                if (include == null || include[base + x]) {
                    any = true;
                    double v = values[base + x] / norm[0][x];
                    int f = b[0].first(x);
                    for (int a = 0; a < k1; a++) {
                        double w = b[0].weight(x, a);
                        double w2 = w * w;
                        dRow[f + a] += v * w2 * w;
                        oRow[f + a] += w2;
                    }
                }
            }
            if (any) {
                spread(dRow, oRow, deltaPlane, omegaPlane, cx, b[1], y, norm[1][y]);
            }
        }
    }

    /**
     * Adds the δ and ω blocks of grid index i (each {@code len} long) into the order + 1 control blocks that index
     * influences, weighted by w³/norm and w².
     */
    private static void spread(double[] dSrc, double[] oSrc, double[] delta, double[] omega, int len, AxisBasis b,
        int i, double norm) {
        int f = b.first(i);
        for (int c = 0; c <= b.order; c++) {
            double w = b.weight(i, c);
            double w2 = w * w;
            double wd = w2 * w / norm;
            int off = (f + c) * len;
            for (int k = 0; k < len; k++) {
                delta[off + k] += dSrc[k] * wd;
                omega[off + k] += oSrc[k] * w2;
            }
        }
    }

    private static double[] squareSums(AxisBasis b) {
        double[] s = new double[b.size()];
        for (int i = 0; i < s.length; i++) {
            for (int k = 0; k <= b.order; k++) {
                s[i] += b.weight(i, k) * b.weight(i, k);
            }
        }
        return s;
    }

    /** Control-point-wise sum (same lattice size). */
    BSplineLattice plus(BSplineLattice other) {
        double[] sum = phi.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.phi[i];
        }
        return new BSplineLattice(order, n, sum);
    }

    /** Evaluates the spline at every voxel of a grid of the given size into {@code out}, one z slice per task. */
    double[] evaluate(int[] gridSize, Workers workers, double[] out) {
        AxisBasis[] b = bases(gridSize);
        int nx = gridSize[0];
        int ny = gridSize[1];
        int cx = n[0];
        int cy = n[1];
        int k1 = order + 1;
        workers.forEach(gridSize[2], z -> {
            double[] plane = new double[cx * cy];
            double[] row = new double[cx];
            int fz = b[2].first(z);
            for (int c = 0; c < k1; c++) {
                double w = b[2].weight(z, c);
                int off = (fz + c) * cx * cy;
                for (int i = 0; i < plane.length; i++) {
                    plane[i] += phi[off + i] * w;
                }
            }
            for (int y = 0; y < ny; y++) {
                Arrays.fill(row, 0);
                int fy = b[1].first(y);
                for (int c = 0; c < k1; c++) {
                    double w = b[1].weight(y, c);
                    int off = (fy + c) * cx;
                    for (int i = 0; i < cx; i++) {
                        row[i] += plane[off + i] * w;
                    }
                }
                int base = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    int f = b[0].first(x);
                    double v = 0;
                    for (int a = 0; a < k1; a++) {
                        v += row[f + a] * b[0].weight(x, a);
                    }
                    out[base + x] = v;
                }
            }
        });
        return out;
    }

    /**
     * The lattice with twice the spans along every axis representing the same function (n → 2n − order control
     * points), by the two-scale relation of uniform B-splines: ψ'[m] = Σ_k C(order+1, m−2k+order)/2^order · ψ[k].
     */
    BSplineLattice refine() {
        double[] cur = phi;
        int[] size = n.clone();
        for (int axis = 0; axis < 3; axis++) {
            int refined = 2 * size[axis] - order;
            cur = refineAxis(cur, size, axis, refined);
            size[axis] = refined;
        }
        return new BSplineLattice(order, size, cur);
    }

    private double[] refineAxis(double[] src, int[] size, int axis, int refined) {
        double[] mask = new double[order + 2];
        double binomial = 1;
        for (int j = 0; j <= order + 1; j++) {
            mask[j] = binomial / Math.pow(2, order);
            binomial = binomial * (order + 1 - j) / (j + 1);
        }
        int[] dst = size.clone();
        dst[axis] = refined;
        int stride = axis == 0 ? 1 : axis == 1 ? size[0] : size[0] * size[1];
        int len = size[axis];
        double[] out = new double[dst[0] * dst[1] * dst[2]];
        for (int z = 0; z < dst[2]; z++) {
            for (int y = 0; y < dst[1]; y++) {
                for (int x = 0; x < dst[0]; x++) {
                    int[] idx = {x, y, z};
                    int m = idx[axis];
                    idx[axis] = 0;
                    int srcBase = idx[0] + size[0] * (idx[1] + size[1] * idx[2]);
                    double v = 0;
                    // mask index j = m − 2k + order lies in [0, order + 1] only for k in [⌈(m − 1)/2⌉, ⌊(m + order)/2⌋]
                    int kHi = Math.min(len - 1, (m + order) / 2);
                    for (int k = Math.max(0, m / 2); k <= kHi; k++) {
                        v += mask[m - 2 * k + order] * src[srcBase + k * stride];
                    }
                    out[index(dst, x, y, z)] = v;
                }
            }
        }
        return out;
    }

    private static int index(int[] size, int x, int y, int z) {
        return x + size[0] * (y + size[1] * z);
    }
}
