package org.nacrad.image.n4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/** Reads the SimpleITK N4 goldens written by oracle/n4/gen_goldens.py (grid constants mirror that script). */
final class N4Golden {

    static final Geometry GRID = Geometry.of(new int[] {64, 48, 32}, new double[] {0.8, 0.9, 2.5},
        new double[] {-25.0, -20.0, -40.0});

    private N4Golden() {
    }

    static Path dir() {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root (a folder with plugins/) above " + System.getProperty("user.dir"));
        }
        return p.resolve("oracle/n4/golden");
    }

    static double[] floats(String file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(dir().resolve(file))).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[buf.remaining() / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getFloat();
        }
        return out;
    }

    static Volume image() throws IOException {
        return new Volume(GRID, PixelType.FLOAT32, floats("input.f32.bin"));
    }

    static Volume mask() throws IOException {
        byte[] b = Files.readAllBytes(dir().resolve("mask.u8.bin"));
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] & 0xff;
        }
        return new Volume(GRID, PixelType.UINT8, out);
    }

    /** Pearson correlation over the voxels where {@code include} is true (all when null). */
    static double correlation(double[] a, double[] b, boolean[] include) {
        double n = 0;
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < a.length; i++) {
            if (include == null || include[i]) {
                n++;
                sa += a[i];
                sb += b[i];
            }
        }
        double ma = sa / n;
        double mb = sb / n;
        double cab = 0;
        double caa = 0;
        double cbb = 0;
        for (int i = 0; i < a.length; i++) {
            if (include == null || include[i]) {
                cab += (a[i] - ma) * (b[i] - mb);
                caa += (a[i] - ma) * (a[i] - ma);
                cbb += (b[i] - mb) * (b[i] - mb);
            }
        }
        return cab / Math.sqrt(caa * cbb);
    }

    static boolean[] include(Volume mask) {
        boolean[] in = new boolean[mask.data().length];
        for (int i = 0; i < in.length; i++) {
            in[i] = mask.data()[i] == 1;
        }
        return in;
    }
}
