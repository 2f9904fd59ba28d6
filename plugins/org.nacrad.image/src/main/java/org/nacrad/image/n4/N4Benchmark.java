package org.nacrad.image.n4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Times {@link N4Corrector} on the analytic phantom of {@code oracle/n4/phantom.py} (the volume
 * {@code oracle/n4/bench_sitk.py} times SimpleITK on; both print the same checksum).
 *
 * <p>Usage: {@code N4Benchmark [--size 256,256,64] [--mask] [--shrink F] [--threads N]}. Default: 256×256×64 voxels,
 * spacing 0.7×0.7×2.0 mm, float32 values, SimpleITK's default N4 parameters, no mask, all processors.
 */
public final class N4Benchmark {

    private N4Benchmark() {
    }

    public static void main(String[] args) {
        int[] size = {256, 256, 64};
        boolean useMask = false;
        N4Parameters.Builder params = N4Parameters.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--mask" -> useMask = true;
                case "--shrink" -> params.shrinkFactor(Integer.parseInt(args[++i]));
                case "--threads" -> params.threads(Integer.parseInt(args[++i]));
                default -> {
                    System.err.println("usage: N4Benchmark [--size X,Y,Z] [--mask] [--shrink F] [--threads N]");
                    System.exit(2);
                }
            }
        }
        N4Parameters p = params.build();
        Geometry grid = Geometry.of(size, new double[] {0.7, 0.7, 2.0}, new double[3]);
        Volume[] phantom = phantom(grid);
        double checksum = Arrays.stream(phantom[0].data()).sum();
        System.out.printf("volume %s checksum %.6e threads %d%n", Arrays.toString(size), checksum, p.threads());

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        N4Result r = N4Corrector.correct(phantom[0], useMask ? phantom[1] : null, p);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf("NACRad N4: %.2f s wall, %.2f s CPU (iterations per level %s, last convergence %.3g), mean corrected %.4f%n",
            seconds, cpuSeconds, Arrays.toString(r.iterationsPerLevel()),
            r.convergencePerLevel()[r.convergencePerLevel().length - 1],
            Arrays.stream(r.corrected().data()).average().orElse(Double.NaN));
    }

    /**
     * CPU time of the whole JVM (all threads, JIT and GC included) from Linux's /proc/self/stat (utime + stime at
     * 100 ticks per second), or -1 elsewhere. CPU time is the fairer comparison on a loaded shared machine.
     */
    private static long processCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Biased float32 image and body mask, with the formulas of oracle/n4/phantom.py. */
    static Volume[] phantom(Geometry grid) {
        int nx = grid.size(0);
        int ny = grid.size(1);
        int nz = grid.size(2);
        double[] image = new double[(int) grid.voxelCount()];
        double[] body = new double[image.length];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    double u = 2.0 * x / (nx - 1) - 1.0;
                    double v = 2.0 * y / (ny - 1) - 1.0;
                    double w = 2.0 * z / (nz - 1) - 1.0;
                    boolean inBody = (u / 0.85) * (u / 0.85) + (v / 0.75) * (v / 0.75) + (w / 0.9) * (w / 0.9) < 1.0;
                    boolean gland = Math.sin(5.0 * u) + Math.cos(4.0 * v) + Math.sin(3.0 * w) > 0.8;
                    boolean lesion = (u - 0.2) * (u - 0.2) + (v + 0.1) * (v + 0.1) + (w - 0.1) * (w - 0.1) < 0.15 * 0.15;
                    double tissue = !inBody ? 20.0 : lesion ? 220.0 : gland ? 150.0 : 300.0;
                    double logBias = 0.25 * u + 0.15 * v - 0.1 * w + 0.12 * u * v - 0.15 * u * u + 0.1 * w * w;
                    double s = Math.sin(x * 12.9898 + y * 78.233 + z * 37.719) * 43758.5453;
                    double noise = s - Math.floor(s) - 0.5;
                    int i = grid.index(x, y, z);
                    image[i] = (float) (tissue * Math.exp(logBias) + 12.0 * noise);
                    body[i] = inBody ? 1 : 0;
                }
            }
        }
        return new Volume[] {new Volume(grid, PixelType.FLOAT32, image), new Volume(grid, PixelType.UINT8, body)};
    }
}
