package org.nacrad.image.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Writes a volume as gzip-compressed NRRD in LPS space: attached data for {@code .nrrd}; for {@code .nhdr} a
 * header plus a detached {@code <name>.raw.gz} beside it.
 */
public final class NrrdWriter {

    private NrrdWriter() {
    }

    public static void write(Volume volume, Path file) throws IOException {
        write(volume, file, Map.of());
    }

    /** Writes with extra {@code key:=value} pairs in the header (e.g. 3D Slicer segment metadata). */
    public static void write(Volume volume, Path file, Map<String, String> keyValues) throws IOException {
        GeometryChecks.requireOrthonormal(volume.geometry(), file);
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".nhdr")) {
            String dataName = name.substring(0, name.length() - ".nhdr".length()) + ".raw.gz";
            Path data = file.resolveSibling(dataName);
            try {
                AtomicFiles.write(data, out -> writeData(volume, out, data));
            } catch (VolumeFormatException e) {
                throw new VolumeFormatException(file, "cannot write its data file (" + e.getMessage() + ")", e);
            }
            String header = header(volume, keyValues, dataName);
            AtomicFiles.write(file, out -> out.write(header.getBytes(StandardCharsets.UTF_8)));
        } else {
            String header = header(volume, keyValues, null) + "\n";
            AtomicFiles.write(file, out -> {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                writeData(volume, out, file);
            });
        }
    }

    private static void writeData(Volume volume, OutputStream out, Path file) throws IOException {
        GZIPOutputStream gz = (GZIPOutputStream) Streams.gzip(out);
        VoxelCodec.write(gz, volume.data(), volume.pixelType(), ByteOrder.LITTLE_ENDIAN, file);
        gz.finish();
    }

    static String header(Volume volume, Map<String, String> keyValues, String dataFile) {
        Geometry g = volume.geometry();
        double[] d = g.direction();
        StringBuilder s = new StringBuilder();
        s.append("NRRD0004\n");
        s.append("# Complete NRRD file format specification at:\n");
        s.append("# http://teem.sourceforge.net/nrrd/format.html\n");
        s.append("type: ").append(typeName(volume.pixelType())).append('\n');
        s.append("dimension: 3\n");
        s.append("space: left-posterior-superior\n");
        s.append("sizes: ").append(g.size(0)).append(' ').append(g.size(1)).append(' ').append(g.size(2)).append('\n');
        s.append("space directions:");
        for (int c = 0; c < 3; c++) {
            double sp = g.spacing(c);
            s.append(" (").append(d[c] * sp).append(',').append(d[3 + c] * sp).append(',').append(d[6 + c] * sp)
                .append(')');
        }
        s.append('\n');
        s.append("kinds: domain domain domain\n");
        s.append("endian: little\n");
        s.append("encoding: gzip\n");
        double[] o = g.origin();
        s.append("space origin: (").append(o[0]).append(',').append(o[1]).append(',').append(o[2]).append(")\n");
        if (dataFile != null) {
            s.append("data file: ").append(dataFile).append('\n');
        }
        for (Map.Entry<String, String> kv : keyValues.entrySet()) {
            s.append(escape(kv.getKey())).append(":=").append(escape(kv.getValue())).append('\n');
        }
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String typeName(PixelType t) {
        return switch (t) {
            case INT8 -> "signed char";
            case UINT8 -> "unsigned char";
            case INT16 -> "short";
            case UINT16 -> "unsigned short";
            case INT32 -> "int";
            case UINT32 -> "unsigned int";
            case INT64 -> "long long";
            case UINT64 -> "unsigned long long";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }
}
