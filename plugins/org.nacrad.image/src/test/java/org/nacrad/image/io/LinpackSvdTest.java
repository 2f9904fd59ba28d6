package org.nacrad.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Defining properties of an SVD: U orthonormal, UᵀAAᵀU = diag(w²), w non-negative and decreasing. */
class LinpackSvdTest {

    @Test
    void decomposesRandomAndDegenerateMatrices() {
        SplittableRandom rng = new SplittableRandom(11);
        float[][][] cases = new float[52][][];
        for (int k = 0; k < 50; k++) {
            cases[k] = new float[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    cases[k][i][j] = (float) (rng.nextDouble() * 4 - 2);
                }
            }
        }
        cases[50] = new float[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}};
        cases[51] = new float[][] {{1, 2, 3}, {2, 4, 6}, {0, 0, 1}}; // rank 2
        for (float[][] a : cases) {
            LinpackSvd svd = LinpackSvd.of(a);
            for (int i = 0; i < 3; i++) {
                assertTrue(svd.w[i] >= 0 && (i == 0 || svd.w[i] <= svd.w[i - 1]), "ordered singular values");
                for (int j = 0; j < 3; j++) {
                    double utu = 0;
                    double uaau = 0;
                    for (int r = 0; r < 3; r++) {
                        utu += (double) svd.u[r][i] * svd.u[r][j];
                        for (int s = 0; s < 3; s++) {
                            double aat = 0;
                            for (int c = 0; c < 3; c++) {
                                aat += (double) a[r][c] * a[s][c];
                            }
                            uaau += svd.u[r][i] * aat * svd.u[s][j];
                        }
                    }
                    assertEquals(i == j ? 1 : 0, utu, 1e-5);
                    double scale = svd.w[0] * svd.w[0];
                    assertEquals(i == j ? (double) svd.w[i] * svd.w[i] : 0, uaau, 1e-5 * scale);
                }
            }
        }
    }
}
