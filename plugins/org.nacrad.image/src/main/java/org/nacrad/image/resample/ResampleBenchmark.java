package org.nacrad.image.resample;

import java.util.SplittableRandom;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Benchmark (not a test): B-spline resampling of a 512×512×100 int16-valued volume at 0.7×0.7×2 mm to 1 mm
 * isotropic. Prints the best and median wall time of several runs after a warm-up.
 * Run: {@code java -Xmx3g -cp target/classes org.nacrad.image.resample.ResampleBenchmark [runs]}.
 */
public final class ResampleBenchmark {

    private ResampleBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Geometry g = Geometry.of(new int[] {512, 512, 100}, new double[] {0.7, 0.7, 2.0}, new double[] {0, 0, 0});
        double[] data = new double[(int) g.voxelCount()];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.rint(500 + 200 * Math.sin(i * 1e-3) + rnd.nextInt(100));
        }
        Volume v = new Volume(g, PixelType.INT16, data);
        Resampler.toIsotropic1mm(v, Interpolator.BSPLINE); // warm-up
        long[] times = new long[runs];
        Volume out = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            out = Resampler.toIsotropic1mm(v, Interpolator.BSPLINE);
            times[r] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.printf("B-spline 512x512x100 @0.7x0.7x2 -> %s @1mm, %d threads: best %.3f s, median %.3f s%n",
            java.util.Arrays.toString(out.geometry().size()), Runtime.getRuntime().availableProcessors(),
            times[0] / 1e9, times[runs / 2] / 1e9);
    }
}
