package org.nacrad.image.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Read/write timing (wall and CPU of this thread, which matters on a shared machine) of a 512×512×100 int16
 * volume as .nii.gz and .nrrd (a benchmark, not a test).
 * Run: java -cp <main>:<test classes> org.nacrad.image.io.IoBenchmark [DIR]
 */
public final class IoBenchmark {

    private IoBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("nacrad-io-bench");
        Geometry g = Geometry.of(new int[] {512, 512, 100}, new double[] {0.7, 0.7, 2}, new double[3]);
        double[] d = new double[(int) g.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            int x = i % 512;
            int y = i / 512 % 512;
            int z = i / (512 * 512);
            d[i] = Math.round(1000 * Math.sin(x * 0.05) * Math.cos(y * 0.03) + 20 * z + (i * 2654435761L % 64));
        }
        Volume v = new Volume(g, PixelType.INT16, d);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String name : new String[] {"bench.nii.gz", "bench.nrrd", "bench.nii.gz", "bench.nrrd"}) {
            Path f = dir.resolve(name);
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            VolumeIO.write(v, f);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            Volume back = VolumeIO.read(f);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("%-14s write %5.0f ms (cpu %5.0f)  read %5.0f ms (cpu %5.0f)  %d MB on disk, %d voxels%n",
                name, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6, Files.size(f) >> 20,
                back.data().length);
            Files.delete(f);
        }
    }
}
