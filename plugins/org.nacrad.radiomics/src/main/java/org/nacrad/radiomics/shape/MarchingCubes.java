package org.nacrad.radiomics.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Marching cubes over a binary mask exactly as PyRadiomics' {@code cshape.c} does it: every mesh vertex sits at the
 * midpoint of a cube edge (no interpolation), cubes with corner 7 inside are complemented and looked up in the same
 * 128-case table with the volume sign flipped, the mesh volume is the sum of signed tetrahedra a·(b×c)/6 to the array
 * origin, the area the sum of triangle areas, and diameters are the largest vertex-pair distances (overall, and
 * among pairs sharing a z, y or x coordinate). Coordinates are index × spacing; origin and direction are ignored.
 *
 * <p>The triangle table is the 128-case table of that file (PyRadiomics, BSD-3-Clause), one string per case with one
 * hex digit per edge index, three edges per triangle.
 */
public final class MarchingCubes {

    /** Mesh measures: volume and surface in mm³/mm², diameters in mm. */
    public record Mesh(double volume, double surfaceArea, double diameterSlice, double diameterColumn,
        double diameterRow, double diameter3D) {
    }

    /** Cube corners as (z, y, x) offsets; bit k of the case index is corner k. */
    private static final int[][] CORNERS = {{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 0}, {1, 0, 0}, {1, 0, 1},
        {1, 1, 1}, {1, 1, 0}};

    /** Edge midpoints as (z, y, x) offsets within the cube. */
    private static final double[][] EDGES = {{0, 0, 0.5}, {0, 0.5, 1}, {0, 1, 0.5}, {0, 0.5, 0}, {1, 0, 0.5},
        {1, 0.5, 1}, {1, 1, 0.5}, {1, 0.5, 0}, {0.5, 0, 0}, {0.5, 0, 1}, {0.5, 1, 1}, {0.5, 1, 0}};

    /**
     * Vertices kept for the diameters: a cube records the vertices on edges 6, 7 and 11 (when corners 6, 4 and 3
     * are inside, after complementing), so every surface vertex is stored exactly once.
     */
    private static final int[][] STORED = {{6, 6}, {4, 7}, {3, 11}};

    private static final String[] TRIANGLES = {
        "", "083", "190", "183198", "12a", "08312a", "92a029", "2832a8a98",
        "b23", "b2008b", "190b23", "b2119b98b", "3a1ba3", "a1008a8ba", "9033b9ba9", "98aba8",
        "478", "043473", "190478", "194147173", "12a478", "34730412a", "92a902478", "2a9297273479",
        "478b23", "b47b24204", "190478b23", "47b94bb29192", "3a1ba3478", "ba114b10447b", "4789033b9ba9", "47b4b99ba",
        "954", "954083", "054015", "854835315", "12a954", "08312a954", "2a5542240", "2a5325354834",
        "954b23", "b2008b954", "054015b23", "215258b28548", "3a1ba3954", "549a1008a8ba", "54050ba5bb03", "548a58ba8",
        "789579", "309539357", "780017715", "157173", "78957912a", "12a309395357", "0288258572a5", "2a5253357",
        "579789b23", "579972209b27", "b23018178157", "21b17b157", "7895793a1ba3", "5705097b0a10ba0", "ba003ba50078570", "ba557b",
        "65a", "08365a", "19065a", "18319865a", "165126", "165126083", "965906026", "598582526832",
        "b2365a", "b2008b65a", "190b2365a", "b2119b98b65a", "63b653513", "08b0b50515b6", "63b036065059", "65969bb98",
        "47865a", "04347365a", "19047865a", "19414717365a", "478165126", "043473165126", "478965906026", "739479329596269",
        "b2347865a", "b47b2420465a", "190b2347865a", "47b94bb2919265a", "47863b653513", "51b5b610b47b04b", "47863b036065059", "65969b4797b9",
        "a4964a", "a4964a083", "01aa60640", "18316886461a", "149124264", "149124264083", "024426", "832824426",
        "b23a4964a", "b2008ba4964a", "b2301aa60640", "64161a148b2118b", "964369139b63", "18b081b61149641", "63b036640", "86468b",
        "67a78a89a", "67a0a709a073", "67a1a7178018", "67a1a7173", "126168189678", "269129679309739", "078706602", "273267",
        "b2367a78a89a", "207b2709767a9a7", "67a1a7178018b23", "b2117ba61167", "896678169b63136", "09167b", "07870603bb60", "67b"};

    private static final int[][] TABLE = new int[128][];

    static {
        for (int c = 0; c < 128; c++) {
            String s = TRIANGLES[c];
            TABLE[c] = new int[s.length()];
            for (int k = 0; k < s.length(); k++) {
                TABLE[c][k] = Character.digit(s.charAt(k), 16);
            }
        }
    }

    private MarchingCubes() {
    }

    /**
     * @param mask (z, y, x) C-ordered mask that already has a one-voxel background border
     * @param shape its extent (z, y, x)
     * @param spacing (z, y, x) in mm
     */
    public static Mesh mesh(boolean[] mask, int[] shape, double[] spacing) {
        int nz = shape[0], ny = shape[1], nx = shape[2];
        int[] cornerOffset = new int[8];
        for (int k = 0; k < 8; k++) {
            cornerOffset[k] = (CORNERS[k][0] * ny + CORNERS[k][1]) * nx + CORNERS[k][2];
        }
        double volume = 0, area = 0;
        double[] vertices = new double[3 * 64];
        int nv = 0;
        double[] a = new double[3], b = new double[3], c = new double[3];
        for (int iz = 0; iz < nz - 1; iz++) {
            for (int iy = 0; iy < ny - 1; iy++) {
                int base = (iz * ny + iy) * nx;
                for (int ix = 0; ix < nx - 1; ix++) {
                    int idx = 0;
                    for (int k = 0; k < 8; k++) {
                        if (mask[base + ix + cornerOffset[k]]) {
                            idx |= 1 << k;
                        }
                    }
                    if (idx == 0 || idx == 255) {
                        continue;
                    }
                    int sign = 1;
                    if ((idx & 0x80) != 0) {
                        idx ^= 0xff;
                        sign = -1;
                    }
                    for (int[] st : STORED) {
                        if ((idx & (1 << st[0])) != 0) {
                            if (nv + 3 > vertices.length) {
                                vertices = Arrays.copyOf(vertices, vertices.length * 2);
                            }
                            vertices[nv++] = (iz + EDGES[st[1]][0]) * spacing[0];
                            vertices[nv++] = (iy + EDGES[st[1]][1]) * spacing[1];
                            vertices[nv++] = (ix + EDGES[st[1]][2]) * spacing[2];
                        }
                    }
                    int[] tri = TABLE[idx];
                    for (int t = 0; t < tri.length; t += 3) {
                        point(a, iz, iy, ix, EDGES[tri[t]], spacing);
                        point(b, iz, iy, ix, EDGES[tri[t + 1]], spacing);
                        point(c, iz, iy, ix, EDGES[tri[t + 2]], spacing);
                        double cx = a[1] * b[2] - b[1] * a[2];
                        double cy = a[2] * b[0] - b[2] * a[0];
                        double cz = a[0] * b[1] - b[0] * a[1];
                        volume += sign * (cx * c[0] + cy * c[1] + cz * c[2]);
                        for (int d = 0; d < 3; d++) {
                            a[d] -= c[d];
                            b[d] -= c[d];
                        }
                        cx = a[1] * b[2] - b[1] * a[2];
                        cy = a[2] * b[0] - b[2] * a[0];
                        cz = a[0] * b[1] - b[0] * a[1];
                        area += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
                    }
                }
            }
        }
        double[] diameters = diameters(vertices, nv / 3);
        return new Mesh(volume / 6, area, diameters[0], diameters[1], diameters[2], diameters[3]);
    }

    private static void point(double[] p, int iz, int iy, int ix, double[] edge, double[] spacing) {
        p[0] = (iz + edge[0]) * spacing[0];
        p[1] = (iy + edge[1]) * spacing[1];
        p[2] = (ix + edge[2]) * spacing[2];
    }

    /**
     * Largest distances over all vertex pairs: same z, same y, same x (pairs grouped by that exact coordinate, as the
     * C code compares coordinates for equality), any.
     */
    static double[] diameters(double[] v, int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] out = new double[4];
        for (int axis = 0; axis < 3; axis++) {
            double best = 0;
            for (int[] group : groupBy(v, n, axis)) {
                best = Math.max(best, maxSquaredDistance(v, group));
            }
            out[axis] = Math.sqrt(best);
        }
        out[3] = Math.sqrt(maxSquaredDistance(v, all));
        return out;
    }

    private static List<int[]> groupBy(double[] v, int n, int axis) {
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = v[3 * i + axis];
        }
        int[] order = sortedIndices(key, false);
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || v[3 * order[i] + axis] != v[3 * order[start] + axis]) {
                int[] g = new int[i - start];
                for (int k = start; k < i; k++) {
                    g[k - start] = order[k];
                }
                groups.add(g);
                start = i;
            }
        }
        return groups;
    }

    /** Indices ordering {@code key} ascending (or descending), stable for equal keys. */
    static int[] sortedIndices(double[] key, boolean descending) {
        long[] packed = new long[key.length];
        double[] sorted = key.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < key.length; i++) {
            int rank = Arrays.binarySearch(sorted, key[i]);
            while (rank > 0 && sorted[rank - 1] == key[i]) {
                rank--;
            }
            long r = descending ? key.length - 1 - rank : rank;
            packed[i] = r << 32 | i;
        }
        Arrays.sort(packed);
        int[] out = new int[key.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    /**
     * Exact maximum of the squared pair distance over {@code idx}, pruned with the triangle inequality: points are
     * visited by decreasing distance r from their centroid, and a pair whose r<sub>i</sub> + r<sub>j</sub> cannot
     * beat the best distance found is skipped (with a relative slack far above rounding error).
     */
    static double maxSquaredDistance(double[] v, int[] idx) {
        int n = idx.length;
        if (n < 2) {
            return 0;
        }
        double cz = 0, cy = 0, cx = 0;
        for (int i : idx) {
            cz += v[3 * i];
            cy += v[3 * i + 1];
            cx += v[3 * i + 2];
        }
        cz /= n;
        cy /= n;
        cx /= n;
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            double dz = v[3 * i] - cz, dy = v[3 * i + 1] - cy, dx = v[3 * i + 2] - cx;
            r[k] = Math.sqrt(dz * dz + dy * dy + dx * dx);
        }
        int[] order = sortedIndices(r, true);
        double best = 0;
        double bestLength = 0;
        for (int a = 1; a < n; a++) {
            int ka = order[a];
            if (r[ka] + r[order[0]] < bestLength * (1 - 1e-9)) {
                break;
            }
            int ia = idx[ka];
            double az = v[3 * ia], ay = v[3 * ia + 1], ax = v[3 * ia + 2];
            for (int b = 0; b < a; b++) {
                int kb = order[b];
                if (r[ka] + r[kb] < bestLength * (1 - 1e-9)) {
                    break;
                }
                int ib = idx[kb];
                double ez = az - v[3 * ib], ey = ay - v[3 * ib + 1], ex = ax - v[3 * ib + 2];
                double d = ez * ez + ey * ey + ex * ex;
                if (d > best) {
                    best = d;
                    bestLength = Math.sqrt(d);
                }
            }
        }
        return best;
    }
}
