package org.nacrad.radiomics.shape;

import java.util.Collection;
import java.util.Map;

import org.nacrad.radiomics.ComplianceMode;
import org.nacrad.radiomics.features.Feature;
import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.features.Maths;
import org.nacrad.radiomics.roi.Roi;

/**
 * 3D shape features (PyRadiomics {@code shape}), from the mask only. The cropped mask is padded by one background
 * voxel; V and A come from the {@link MarchingCubes} mesh, N<sub>v</sub> is the voxel count, and λ<sub>major</sub> ≥
 * λ<sub>minor</sub> ≥ λ<sub>least</sub> are the eigenvalues of the (population) covariance of the voxel-centre
 * coordinates (index × spacing; in IBSI mode the sample covariance, N − 1); eigenvalues in (−1e−10, 0) are set to 0,
 * really negative ones give NaN.
 *
 * <pre>
 * MeshVolume = V       VoxelVolume = Nv · voxel volume       SurfaceArea = A       SurfaceVolumeRatio = A / V
 * Sphericity = (36 π V²)^(1/3) / A     Compactness1 = V / (sqrt(π) A^(3/2))     Compactness2 = 36 π V² / A³
 * SphericalDisproportion = A / (36 π V²)^(1/3)   (the last three deprecated)
 * Maximum3DDiameter, Maximum2DDiameterSlice (same z), ...Column (same y), ...Row (same x): largest vertex distances
 * MajorAxisLength = 4 sqrt(λmajor), MinorAxisLength = 4 sqrt(λminor), LeastAxisLength = 4 sqrt(λleast)
 * Elongation = sqrt(λminor / λmajor), Flatness = sqrt(λleast / λmajor)
 * </pre>
 */
public final class Shape {

    /** Mesh measures, voxel count and sorted covariance eigenvalues of one mask. */
    public static final class Coefficients {
        final MarchingCubes.Mesh mesh;
        final int voxels;
        final double voxelVolume;
        final double[] eigen;

        Coefficients(MarchingCubes.Mesh mesh, int voxels, double voxelVolume, double[] eigen) {
            this.mesh = mesh;
            this.voxels = voxels;
            this.voxelVolume = voxelVolume;
            this.eigen = eigen;
        }

        double v() {
            return mesh.volume();
        }

        double a() {
            return mesh.surfaceArea();
        }
    }

    public static final FeatureTable<Coefficients> FEATURES = new FeatureTable<Coefficients>("shape",
        Feature.of("MeshVolume", Coefficients::v),
        Feature.of("VoxelVolume", c -> c.voxels * c.voxelVolume),
        Feature.of("SurfaceArea", Coefficients::a),
        Feature.of("SurfaceVolumeRatio", c -> c.a() / c.v()),
        Feature.of("Sphericity", c -> Math.cbrt(36 * Math.PI * c.v() * c.v()) / c.a()),
        Feature.deprecated("Compactness1", c -> c.v() / (Math.pow(c.a(), 1.5) * Math.sqrt(Math.PI))),
        Feature.deprecated("Compactness2", c -> 36 * Math.PI * c.v() * c.v() / Math.pow(c.a(), 3)),
        Feature.deprecated("SphericalDisproportion", c -> c.a() / Math.cbrt(36 * Math.PI * c.v() * c.v())),
        Feature.of("Maximum3DDiameter", c -> c.mesh.diameter3D()),
        Feature.of("Maximum2DDiameterSlice", c -> c.mesh.diameterSlice()),
        Feature.of("Maximum2DDiameterColumn", c -> c.mesh.diameterColumn()),
        Feature.of("Maximum2DDiameterRow", c -> c.mesh.diameterRow()),
        Feature.of("MajorAxisLength", c -> axis(c.eigen[2])),
        Feature.of("MinorAxisLength", c -> axis(c.eigen[1])),
        Feature.of("LeastAxisLength", c -> axis(c.eigen[0])),
        Feature.of("Elongation", c -> ratio(c.eigen[1], c.eigen[2])),
        Feature.of("Flatness", c -> ratio(c.eigen[0], c.eigen[2])));

    private Shape() {
    }

    /** Shape features of the ROI mask of {@code roi} (image values are not used). */
    public static Map<String, Double> compute(Roi roi, ComplianceMode mode, Collection<String> names) {
        return FEATURES.evaluate(coefficients(roi, mode), names);
    }

    /** IBSI mode uses the sample covariance (divide by N − 1) for the principal axes, PyRadiomics the population one. */
    public static Coefficients coefficients(Roi roi, ComplianceMode mode) {
        int[] s = roi.shape();
        int[] padded = {s[0] + 2, s[1] + 2, s[2] + 2};
        boolean[] src = roi.mask();
        boolean[] mask = new boolean[padded[0] * padded[1] * padded[2]];
        double[] spacing = roi.spacing();
        int n = roi.voxelCount();
        double[] mean = new double[3];
        int i = 0;
        for (int z = 0; z < s[0]; z++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[2]; x++, i++) {
                    if (src[i]) {
                        mask[((z + 1) * padded[1] + y + 1) * padded[2] + x + 1] = true;
                        mean[0] += z * spacing[0];
                        mean[1] += y * spacing[1];
                        mean[2] += x * spacing[2];
                    }
                }
            }
        }
        for (int d = 0; d < 3; d++) {
            mean[d] /= n;
        }
        double denominator = mode == ComplianceMode.IBSI ? n - 1 : n;
        double szz = 0, syy = 0, sxx = 0, szy = 0, szx = 0, syx = 0;
        i = 0;
        for (int z = 0; z < s[0]; z++) {
            double cz = z * spacing[0] - mean[0];
            for (int y = 0; y < s[1]; y++) {
                double cy = y * spacing[1] - mean[1];
                for (int x = 0; x < s[2]; x++, i++) {
                    if (src[i]) {
                        double cx = x * spacing[2] - mean[2];
                        szz += cz * cz / denominator;
                        syy += cy * cy / denominator;
                        sxx += cx * cx / denominator;
                        szy += cz * cy / denominator;
                        szx += cz * cx / denominator;
                        syx += cy * cx / denominator;
                    }
                }
            }
        }
        double[][] cov = {{szz, szy, szx}, {szy, syy, syx}, {szx, syx, sxx}};
        double[] eigen = Maths.symmetricEigenvalues(cov);
        for (int k = 0; k < 3; k++) {
            if (eigen[k] < 0 && eigen[k] > -1e-10) {
                eigen[k] = 0;
            }
        }
        return new Coefficients(MarchingCubes.mesh(mask, padded, spacing), n, roi.voxelVolume(), eigen);
    }

    private static double axis(double eigenvalue) {
        return eigenvalue < 0 ? Double.NaN : 4 * Math.sqrt(eigenvalue);
    }

    private static double ratio(double small, double major) {
        return small < 0 || major < 0 ? Double.NaN : Math.sqrt(small / major);
    }
}
