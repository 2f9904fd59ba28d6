package org.nacrad.deep.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.medicalnet.MedicalNet;
import org.nacrad.deep.medicalnet.TorchRuntime;
import org.nacrad.deep.weights.WeightsLoader;

/**
 * Timing of one forward pass on a 64³ crop per backbone (seeded random weights; timing does not depend on values),
 * with the throughput this implies for the study's 177 patients × 3 images × 2 regions, and the process's peak
 * memory. Compare with {@code oracle/deep/bench_torch.py} at the same thread count ({@code oracle/deep/bench.sh}
 * runs both). Not a test.
 *
 * <p>Usage: {@code MedicalNetBenchmark [threads=2] [runs=5] [depths=10,18,34,50]}
 */
public final class MedicalNetBenchmark {

    private static final int SIZE = 64;
    private static final int STUDY_VOLUMES = 177 * 3 * 2;

    private MedicalNetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] depths = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
            : new int[] {10, 18, 34, 50};
        TorchRuntime.configure(null, threads);
        float[] volume = new float[SIZE * SIZE * SIZE];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < volume.length; i++) {
            volume[i] = (float) random.nextGaussian();
        }
        System.out.printf(Locale.ROOT, "DJL/PyTorch, %d thread(s), 1x1x%d^3 float32, %d timed runs after 2 warm-ups%n",
            threads, SIZE, runs);
        for (int layers : depths) {
            Depth depth = Depth.of(layers);
            long t0 = System.nanoTime();
            try (MedicalNet net = MedicalNet.create(depth, WeightsLoader.seededRandom(depth, 1).stateDict())) {
                double build = (System.nanoTime() - t0) / 1e9;
                List<float[]> batch = List.of(volume);
                int[] shape = {SIZE, SIZE, SIZE};
                net.features(batch, shape);
                net.features(batch, shape);
                double[] seconds = new double[runs];
                double[] cpu = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long s = System.nanoTime();
                    long c = processCpuNanos();
                    net.features(batch, shape);
                    seconds[r] = (System.nanoTime() - s) / 1e9;
                    cpu[r] = (processCpuNanos() - c) / 1e9;
                }
                Arrays.sort(seconds);
                Arrays.sort(cpu);
                double median = seconds[runs / 2];
                System.out.printf(Locale.ROOT, "ResNet%-2d build %.2f s | forward wall best %.3f s median %.3f s | "
                    + "CPU median %.3f s | %d volumes (177x3x2) ~ %.1f min at the median%n", layers, build, seconds[0],
                    median, cpu[runs / 2], STUDY_VOLUMES, STUDY_VOLUMES * median / 60);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used %.0f MB (max %.0f MB); %s%n", (rt.totalMemory() - rt.freeMemory()) / 1e6,
            rt.maxMemory() / 1e6, peakRss());
    }

    /** CPU time of the whole process (all threads, including PyTorch's native ones); 0 where unavailable. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Peak resident set size of the process (heap + native), from /proc where available. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "peak RSS unavailable";
        }
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM") || line.startsWith("VmRSS")) {
                found.add(line.replaceAll("\\s+", " "));
            }
        }
        return String.join(", ", found) + " (peak and current RSS: heap + native)";
    }
}
