package org.nacrad.radiomics.shape;

/**
 * Marching squares over a binary 2D mask as PyRadiomics' {@code cshape.c} ({@code calculate_coefficients2D}) does
 * it: line vertices at edge midpoints, the enclosed area by the shoelace sum over the oriented segments, the perimeter
 * as the sum of segment lengths, and the maximum diameter over the vertices each square stores (edges 3 and 2 when
 * corners 0 and 2 are inside, after complementing squares with more than corners 0–2). Coordinates are index ×
 * spacing in (row, column) order.
 */
public final class MarchingSquares {

    /** Area in mm², perimeter and maximum diameter in mm. */
    public record Contour(double area, double perimeter, double diameter) {
    }

    private static final int[][] CORNERS = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
    private static final double[][] EDGES = {{0, 0.5}, {0.5, 1}, {1, 0.5}, {0.5, 0}};
    /** Segments per case as pairs of edge indices (PyRadiomics' lineTable2D). */
    private static final int[][] LINES = {{}, {3, 0}, {0, 1}, {3, 1}, {1, 2}, {1, 2, 3, 0}, {0, 2}, {3, 2}, {2, 3},
        {2, 0}, {0, 1, 2, 3}, {2, 1}, {1, 3}, {1, 0}, {0, 3}, {}};

    private MarchingSquares() {
    }

    /**
     * @param mask row-major mask with a one-pixel background border
     * @param rows number of rows (first axis)
     * @param cols number of columns
     * @param spacing (row, column) spacing in mm
     */
    public static Contour contour(boolean[] mask, int rows, int cols, double[] spacing) {
        double area = 0, perimeter = 0;
        double[] vertices = new double[2 * 64];
        int nv = 0;
        for (int iy = 0; iy < rows - 1; iy++) {
            for (int ix = 0; ix < cols - 1; ix++) {
                int idx = 0;
                for (int k = 0; k < 4; k++) {
                    if (mask[(iy + CORNERS[k][0]) * cols + ix + CORNERS[k][1]]) {
                        idx |= 1 << k;
                    }
                }
                if (idx == 0 || idx == 15) {
                    continue;
                }
                int[] line = LINES[idx];
                for (int t = 0; t < line.length; t += 2) {
                    double a0 = (iy + EDGES[line[t]][0]) * spacing[0], a1 = (ix + EDGES[line[t]][1]) * spacing[1];
                    double b0 = (iy + EDGES[line[t + 1]][0]) * spacing[0];
                    double b1 = (ix + EDGES[line[t + 1]][1]) * spacing[1];
                    area += a0 * b1 - b0 * a1;
                    double d0 = a0 - b0, d1 = a1 - b1;
                    perimeter += Math.sqrt(d0 * d0 + d1 * d1);
                }
                if (idx > 7) {
                    idx ^= 0xF;
                }
                for (int[] st : new int[][] {{0, 3}, {2, 2}}) {
                    if ((idx & (1 << st[0])) != 0) {
                        if (nv + 2 > vertices.length) {
                            vertices = java.util.Arrays.copyOf(vertices, vertices.length * 2);
                        }
                        vertices[nv++] = (iy + EDGES[st[1]][0]) * spacing[0];
                        vertices[nv++] = (ix + EDGES[st[1]][1]) * spacing[1];
                    }
                }
            }
        }
        double best = 0;
        for (int i = 0; i < nv; i += 2) {
            for (int j = i + 2; j < nv; j += 2) {
                double d0 = vertices[i] - vertices[j], d1 = vertices[i + 1] - vertices[j + 1];
                best = Math.max(best, d0 * d0 + d1 * d1);
            }
        }
        return new Contour(area / 2, perimeter, Math.sqrt(best));
    }
}
