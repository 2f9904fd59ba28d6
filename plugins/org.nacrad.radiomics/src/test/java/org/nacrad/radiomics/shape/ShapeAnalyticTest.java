package org.nacrad.radiomics.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.radiomics.ComplianceMode;
import org.nacrad.radiomics.features.Maths;
import org.nacrad.radiomics.roi.Roi;

/** Mesh and axis features on shapes whose midpoint mesh is known in closed form. */
class ShapeAnalyticTest {

    @Test
    void singleVoxelIsAnOctahedronThroughTheFaceCentres() {
        // Vertices at ±s/2 along each axis: volume (4/3)·(a b c) with semi-axes a, b, c; 3D diameter = longest axis.
        Roi roi = new Roi(new int[] {1, 1, 1}, new double[] {3, 2, 1}, new double[] {0}, new boolean[] {true});
        Map<String, Double> f = Shape.compute(roi, ComplianceMode.PYRADIOMICS, List.of("MeshVolume", "VoxelVolume",
            "Maximum3DDiameter", "Maximum2DDiameterSlice", "SurfaceArea"));
        assertEquals(4.0 / 3 * 1.5 * 1 * 0.5, f.get("MeshVolume"), 1e-12);
        assertEquals(6.0, f.get("VoxelVolume"), 1e-12);
        assertEquals(3.0, f.get("Maximum3DDiameter"), 1e-12);
        assertEquals(2.0, f.get("Maximum2DDiameterSlice"), 1e-12);
        // 8 congruent faces, each half the cross product of two half-axis vectors: |(a,0,0)×(0,b,0) + ...|
        double face = 0.5 * Math.sqrt(Math.pow(1.5 * 1, 2) + Math.pow(1 * 0.5, 2) + Math.pow(1.5 * 0.5, 2));
        assertEquals(8 * face, f.get("SurfaceArea"), 1e-12);
    }

    @Test
    void principalAxesOfARowOfVoxels() {
        // 4 voxels along x with spacing 2: coordinates 0,2,4,6 → population variance 5 → major axis 4·sqrt(5)
        boolean[] mask = {true, true, true, true};
        Roi roi = new Roi(new int[] {1, 1, 4}, new double[] {1, 1, 2}, new double[4], mask);
        Map<String, Double> f = Shape.compute(roi, ComplianceMode.PYRADIOMICS, List.of("MajorAxisLength",
            "MinorAxisLength", "Elongation"));
        assertEquals(4 * Math.sqrt(5), f.get("MajorAxisLength"), 1e-12);
        assertEquals(0, f.get("MinorAxisLength"), 1e-12);
        assertEquals(0, f.get("Elongation"), 1e-12);
        // IBSI: sample variance 20/3
        Map<String, Double> ibsi = Shape.compute(roi, ComplianceMode.IBSI, List.of("MajorAxisLength"));
        assertEquals(4 * Math.sqrt(20.0 / 3), ibsi.get("MajorAxisLength"), 1e-12);
    }

    @Test
    void symmetricEigenvaluesOfARotatedDiagonalMatrix() {
        // R diag(1, 4, 9) Rᵀ with a rotation about z by 30° and then about x by 45°
        double c1 = Math.cos(Math.PI / 6), s1 = Math.sin(Math.PI / 6), c2 = Math.cos(Math.PI / 4);
        double s2 = Math.sin(Math.PI / 4);
        double[][] rz = {{c1, -s1, 0}, {s1, c1, 0}, {0, 0, 1}};
        double[][] rx = {{1, 0, 0}, {0, c2, -s2}, {0, s2, c2}};
        double[][] r = mul(rx, rz);
        double[][] d = {{1, 0, 0}, {0, 4, 0}, {0, 0, 9}};
        double[][] m = mul(mul(r, d), transpose(r));
        double[] ev = Maths.symmetricEigenvalues(m);
        assertEquals(1, ev[0], 1e-12);
        assertEquals(4, ev[1], 1e-12);
        assertEquals(9, ev[2], 1e-12);
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                t[i][j] = a[j][i];
            }
        }
        return t;
    }
}
