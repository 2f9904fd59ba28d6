package org.nacrad.radiomics.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;
import org.nacrad.radiomics.FeatureSelection;
import org.nacrad.radiomics.RadiomicsBatch;
import org.nacrad.radiomics.RadiomicsExtractor;
import org.nacrad.radiomics.RadiomicsResult;
import org.nacrad.radiomics.RadiomicsSettings;

/**
 * Throughput of all default features (PyRadiomics 3 default settings) for one ROI: the shared brain1, brain2 and
 * breast1 cases and a synthetic 64³ int16 image with an ellipsoid ROI of about 60k voxels (the same construction as
 * {@code oracle/radiomics/time_pyradiomics.py}, for a side-by-side comparison). Then the batch of all four ROIs with 1
 * and 2 threads, checking the results are bit-identical. Per-ROI times are reported as wall and as thread CPU time (the
 * fair measure on a loaded machine; compare with the CPU column of {@code time_pyradiomics.py}).
 *
 * <pre>java -cp ... org.nacrad.radiomics.bench.RadiomicsBenchmark [shared/pyradiomics-data] [repeats]</pre>
 */
public final class RadiomicsBenchmark {

    private RadiomicsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/pyradiomics-data");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<RadiomicsBatch.Input> inputs = new ArrayList<>();
        for (String c : new String[] {"brain1", "brain2", "breast1"}) {
            inputs.add(new RadiomicsBatch.Input(c, VolumeIO.read(data.resolve(c + "_image.nrrd")), VolumeIO.read(
                data.resolve(c + "_label.nrrd"))));
        }
        Volume[] synthetic = synthetic();
        inputs.add(new RadiomicsBatch.Input("synthetic60k", synthetic[0], synthetic[1]));
        RadiomicsSettings s = RadiomicsSettings.defaults();
        FeatureSelection all = FeatureSelection.defaults();
        System.out.println("input,additionalInfo,roiVoxels,features,wallMsPerRoi,cpuMsPerRoi");
        for (RadiomicsBatch.Input in : inputs) {
            time(in, s, all, repeats);
            time(in, s.with(Map.of("additionalInfo", false)), all, repeats);
        }
        List<RadiomicsBatch.Outcome> reference = null;
        for (int threads = 1; threads <= 2; threads++) {
            long t0 = System.nanoTime();
            List<RadiomicsBatch.Outcome> out = null;
            for (int k = 0; k < repeats; k++) {
                out = RadiomicsBatch.extractAll(inputs, s, all, threads);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / repeats;
            boolean identical = reference == null || sameResults(reference, out);
            reference = reference == null ? out : reference;
            System.out.printf(Locale.ROOT, "batch of %d ROIs, %d thread(s): %.1f ms, identical to 1 thread: %s%n",
                inputs.size(), threads, ms, identical);
        }
    }

    private static void time(RadiomicsBatch.Input in, RadiomicsSettings s, FeatureSelection all, int repeats) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        RadiomicsResult r = RadiomicsExtractor.extract(in.image(), in.mask(), s, all);
        for (int w = 0; w < 5; w++) {
            RadiomicsExtractor.extract(in.image(), in.mask(), s, all);
        }
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int k = 0; k < repeats; k++) {
            RadiomicsExtractor.extract(in.image(), in.mask(), s, all);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / repeats;
        double cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / repeats;
        System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%.1f,%.1f%n", in.id(), s.additionalInfo() ? "True" : "False",
            in.mask().count(1), r.features().size(), ms, cpuMs);
    }

    /** 64³ int16 image (deterministic pattern) with an ellipsoid ROI of ~60k voxels (label 1), 1 mm spacing. */
    static Volume[] synthetic() {
        int n = 64;
        Geometry g = Geometry.of(new int[] {n, n, n}, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        double[] img = new double[n * n * n];
        double[] msk = new double[img.length];
        int i = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++, i++) {
                    double v = 100 + 50 * Math.sin(x / 5.0) * Math.cos(y / 7.0) + 2 * z + ((x * 7 + y * 13 + z * 17) % 23);
                    img[i] = (short) (long) v;
                    double e = Math.pow((z - 31.5) / 26.0, 2) + Math.pow((y - 31.5) / 24.0, 2)
                        + Math.pow((x - 31.5) / 23.0, 2);
                    msk[i] = e <= 1 ? 1 : 0;
                }
            }
        }
        return new Volume[] {new Volume(g, PixelType.INT16, img), new Volume(g, PixelType.UINT8, msk)};
    }

    private static boolean sameResults(List<RadiomicsBatch.Outcome> a, List<RadiomicsBatch.Outcome> b) {
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).result().features().equals(b.get(k).result().features())) {
                return false;
            }
        }
        return true;
    }
}
