package org.nacrad.image.resample;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Benchmark (not a test): B-spline resampling of a 512×512×100 int16-valued volume at 0.7×0.7×2 mm to 1 mm
 * isotropic. Prints the best and median wall time of several runs after a warm-up, and the process CPU time of the
 * best run: on a shared machine the wall time mostly measures other load, CPU time / cores the unloaded estimate.
 * Run: {@code java -Xmx3g -cp target/classes org.nacrad.image.resample.ResampleBenchmark [runs]}.
 */
public final class ResampleBenchmark {

    private ResampleBenchmark() {
    }

    /** CPU time of all live threads (the fork-join workers persist between runs). */
    private static long cpuTime() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : t.getAllThreadIds()) {
            sum += Math.max(0, t.getThreadCpuTime(id));
        }
        return sum;
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
        long bestCpu = 0;
        Volume out = null;
        for (int r = 0; r < runs; r++) {
            long c0 = cpuTime();
            long t0 = System.nanoTime();
            out = Resampler.toIsotropic1mm(v, Interpolator.BSPLINE);
            times[r] = System.nanoTime() - t0;
            long cpu = cpuTime() - c0;
            if (times[r] == Arrays.stream(times, 0, r + 1).min().getAsLong()) {
                bestCpu = cpu;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "B-spline 512x512x100 @0.7x0.7x2 -> %s @1mm, %d cores: best %.3f s wall"
            + " (%.3f s CPU), median %.3f s wall%n", Arrays.toString(out.geometry().size()),
            Runtime.getRuntime().availableProcessors(), times[0] / 1e9, bestCpu / 1e9, times[runs / 2] / 1e9);
    }
}
