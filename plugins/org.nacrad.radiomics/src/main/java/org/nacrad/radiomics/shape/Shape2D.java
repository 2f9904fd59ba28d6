package org.nacrad.radiomics.shape;

import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.features.Maths;
import org.nacrad.radiomics.roi.Roi;
import org.nacrad.radiomics.roi.RoiException;

/**
 * 2D shape features (PyRadiomics {@code shape2D}) of a single-slice ROI, with force2D: the slice is the plane
 * orthogonal to {@code force2Ddimension}. The mask is padded by one pixel; A and P come from {@link MarchingSquares},
 * N<sub>p</sub> is the pixel count, λ<sub>major</sub> ≥ λ<sub>minor</sub> the eigenvalues of the population
 * covariance of the pixel-centre coordinates.
 *
 * <pre>
 * MeshSurface = A     PixelSurface = Np · pixel area     Perimeter = P     PerimeterSurfaceRatio = P / A
 * Sphericity = 2 sqrt(π A) / P     SphericalDisproportion (deprecated) = 1 / Sphericity
 * MaximumDiameter = largest contour-vertex distance
 * MajorAxisLength = 4 sqrt(λmajor), MinorAxisLength = 4 sqrt(λminor), Elongation = sqrt(λminor / λmajor)
 * </pre>
 */
public final class Shape2D {

    /** Contour measures, pixel count and sorted eigenvalues of one slice. */
    public static final class Coefficients {
        final MarchingSquares.Contour contour;
        final int pixels;
        final double pixelArea;
        final double[] eigen;

        Coefficients(MarchingSquares.Contour contour, int pixels, double pixelArea, double[] eigen) {
            this.contour = contour;
            this.pixels = pixels;
            this.pixelArea = pixelArea;
            this.eigen = eigen;
        }

        double a() {
            return contour.area();
        }

        double p() {
            return contour.perimeter();
        }
    }

    public static final FeatureTable<Coefficients> FEATURES = new FeatureTable<Coefficients>("shape2D",
        Feature.of("MeshSurface", Coefficients::a),
        Feature.of("PixelSurface", c -> c.pixels * c.pixelArea),
        Feature.of("Perimeter", Coefficients::p),
        Feature.of("PerimeterSurfaceRatio", c -> c.p() / c.a()),
        Feature.of("Sphericity", c -> 2 * Math.sqrt(Math.PI * c.a()) / c.p()),
        Feature.deprecated("SphericalDisproportion", c -> 1 / (2 * Math.sqrt(Math.PI * c.a()) / c.p())),
        Feature.of("MaximumDiameter", c -> c.contour.diameter()),
        Feature.of("MajorAxisLength", c -> c.eigen[1] < 0 ? Double.NaN : 4 * Math.sqrt(c.eigen[1])),
        Feature.of("MinorAxisLength", c -> c.eigen[0] < 0 ? Double.NaN : 4 * Math.sqrt(c.eigen[0])),
        Feature.of("Elongation", c -> c.eigen[0] < 0 || c.eigen[1] < 0 ? Double.NaN
            : Math.sqrt(c.eigen[0] / c.eigen[1])));

    private Shape2D() {
    }

    public static Map<String, Double> compute(Roi roi, int force2Ddimension, Collection<String> names) {
        return FEATURES.evaluate(coefficients(roi, force2Ddimension), names);
    }

    /** @param force2Ddimension the out-of-plane axis in (z, y, x) order; the ROI must span one slice along it */
    public static Coefficients coefficients(Roi roi, int force2Ddimension) {
        int[] s = roi.shape();
        if (s[force2Ddimension] > 1) {
            throw new RoiException("Size of the mask in dimension " + force2Ddimension
                + " is more than 1, cannot compute 2D shape");
        }
        int ra = force2Ddimension == 0 ? 1 : 0;
        int ca = force2Ddimension == 2 ? 1 : 2;
        int rows = s[ra] + 2, cols = s[ca] + 2;
        double[] sp = roi.spacing();
        double[] spacing = {sp[ra], sp[ca]};
        boolean[] src = roi.mask();
        boolean[] mask = new boolean[rows * cols];
        int n = 0;
        double mr = 0, mc = 0;
        int[] idx = new int[3];
        int i = 0;
        for (idx[0] = 0; idx[0] < s[0]; idx[0]++) {
            for (idx[1] = 0; idx[1] < s[1]; idx[1]++) {
                for (idx[2] = 0; idx[2] < s[2]; idx[2]++, i++) {
                    if (src[i]) {
                        mask[(idx[ra] + 1) * cols + idx[ca] + 1] = true;
                        n++;
                        mr += idx[ra] * spacing[0];
                        mc += idx[ca] * spacing[1];
                    }
                }
            }
        }
        mr /= n;
        mc /= n;
        double srr = 0, scc = 0, src2 = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (mask[r * cols + c]) {
                    double dr = (r - 1) * spacing[0] - mr, dc = (c - 1) * spacing[1] - mc;
                    srr += dr * dr / n;
                    scc += dc * dc / n;
                    src2 += dr * dc / n;
                }
            }
        }
        double[] eigen = Maths.symmetricEigenvalues(new double[][] {{srr, src2}, {src2, scc}});
        for (int k = 0; k < 2; k++) {
            if (eigen[k] < 0 && eigen[k] > -1e-10) {
                eigen[k] = 0;
            }
        }
        return new Coefficients(MarchingSquares.contour(mask, rows, cols, spacing), n, spacing[0] * spacing[1],
            eigen);
    }
}
