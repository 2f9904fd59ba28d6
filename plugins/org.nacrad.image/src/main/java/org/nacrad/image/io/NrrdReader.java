package org.nacrad.image.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.nacrad.image.Geometry;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;

/**
 * Reads NRRD volumes ({@code .nrrd} with attached data, {@code .nhdr} with a detached data file; raw, gzip or
 * ascii encoding) with the geometry ITK's NrrdImageIO derives: spacing is the length of each axis' space direction,
 * direction its unit vector, RAS/LAS spaces converted to LPS; without space directions, "spacings" with identity
 * direction and zero origin.
 */
public final class NrrdReader {

    private NrrdReader() {
    }

    public static Volume read(Path file) throws IOException {
        return toVolume(readAll(file));
    }

    /** All voxel values of a NRRD file, every axis included, in file order (first axis fastest). */
    record Content(NrrdHeader header, int[] sizes, String[] kinds, PixelType type, double[] values) {
    }

    static Content readAll(Path file) throws IOException {
        try (InputStream in = Streams.openRaw(file)) {
            NrrdHeader h = NrrdHeader.read(in, file);
            int[] sizes = h.sizes();
            double count = 1;
            for (int s : sizes) {
                count *= s;
            }
            if (count > Integer.MAX_VALUE - 8) {
                throw new VolumeFormatException(file, "volume too large: " + (long) count + " values");
            }
            PixelType type = h.pixelType();
            String encoding = h.encoding();
            ByteOrder order = h.byteOrder(type, encoding);
            double[] values = new double[(int) count];
            String dataFile = h.get("data file");
            if (dataFile == null) {
                readData(in, file, h, encoding, type, order, values);
            } else {
                Path data = detached(file, dataFile);
                try (InputStream din = Streams.openRaw(data)) {
                    readData(din, data, h, encoding, type, order, values);
                } catch (IOException e) {
                    throw Streams.describe(data, e);
                }
            }
            return new Content(h, sizes, h.kinds(), type, values);
        } catch (IOException e) {
            throw Streams.describe(file, e);
        }
    }

    private static Path detached(Path header, String dataFile) throws VolumeFormatException {
        String name = dataFile.trim();
        if (name.startsWith("LIST") || name.split("\\s+").length > 1) {
            throw new VolumeFormatException(header, "multi-file NRRD data ('data file: " + name
                + "') is not supported");
        }
        Path p = Path.of(name);
        Path dir = header.toAbsolutePath().getParent();
        return p.isAbsolute() ? p : dir.resolve(p);
    }

    private static void readData(InputStream raw, Path file, NrrdHeader h, String encoding, PixelType type,
        ByteOrder order, double[] values) throws IOException {
        for (int i = h.intField("line skip", 0); i > 0; i--) {
            skipLine(raw);
        }
        int byteSkip = h.intField("byte skip", 0);
        InputStream in = raw;
        if (encoding.equals("gzip")) {
            in = new GZIPInputStream(raw, Streams.BUFFER);
        }
        if (byteSkip == -1) {
            if (!encoding.equals("raw")) {
                throw new VolumeFormatException(file, "'byte skip: -1' is only valid with raw encoding");
            }
            long dataBytes = (long) values.length * type.bytes();
            long start = Files.size(file) - dataBytes;
            if (start < 0) {
                throw new VolumeFormatException(file, "file is shorter than its " + dataBytes + " bytes of voxel data");
            }
            raw.close();
            in = Streams.openRaw(file);
            in.skipNBytes(start);
        } else if (byteSkip > 0) {
            in.skipNBytes(byteSkip);
        }
        try (InputStream data = in) {
            if (encoding.equals("ascii")) {
                readAscii(data, file, values);
            } else {
                VoxelCodec.read(data, type, order, values, file);
            }
            if (encoding.equals("gzip")) {
                data.transferTo(OutputStream.nullOutputStream()); // verifies the gzip trailer
            }
        }
    }

    private static void skipLine(InputStream in) throws IOException {
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            // consume
        }
    }

    private static void readAscii(InputStream in, Path file, double[] values) throws IOException {
        StringBuilder token = new StringBuilder();
        int n = 0;
        for (int c = in.read(); n < values.length; c = in.read()) {
            boolean separator = c < 0 || Character.isWhitespace(c) || c == ',';
            if (!separator) {
                token.append((char) c);
            } else if (token.length() > 0) {
                try {
                    values[n++] = Double.parseDouble(token.toString());
                } catch (NumberFormatException e) {
                    throw new VolumeFormatException(file, "ascii NRRD value '" + token + "' is not a number");
                }
                token.setLength(0);
            }
            if (c < 0 && n < values.length) {
                throw new VolumeFormatException(file, "ascii NRRD data ends after " + n + " of " + values.length
                    + " values");
            }
        }
    }

    private static Volume toVolume(Content c) throws VolumeFormatException {
        return new Volume(scalarGeometry(c.header()), c.type(), c.values());
    }

    /** Geometry and pixel type from the header alone (a detached data file is not opened). */
    public static VolumeHeader readHeader(Path file) throws IOException {
        try (InputStream in = Streams.openRaw(file)) {
            NrrdHeader h = NrrdHeader.read(in, file);
            return new VolumeHeader(scalarGeometry(h), h.pixelType());
        } catch (IOException e) {
            throw Streams.describe(file, e);
        }
    }

    /** The grid of a scalar 3D volume: three domain axes, any other axis of size 1. */
    private static Geometry scalarGeometry(NrrdHeader h) throws VolumeFormatException {
        Path file = h.file();
        int[] sizes = h.sizes();
        String[] kinds = h.kinds();
        int[] domain = domainAxes(kinds);
        if (domain.length != 3) {
            throw new VolumeFormatException(file, domain.length + "D image (sizes " + Arrays.toString(sizes)
                + ", kinds " + String.join(" ", kinds) + "); a 3D volume is needed");
        }
        long components = 1;
        for (int a = 0; a < sizes.length; a++) {
            components *= Arrays.binarySearch(domain, a) < 0 ? sizes[a] : 1;
        }
        if (components != 1) {
            throw new VolumeFormatException(file, "NRRD has " + components + " values per voxel; a scalar volume is "
                + "needed (read 3D Slicer segmentations with SegmentationReader)");
        }
        return geometry(h, domain, sizes);
    }

    /** Axes that are domain, space or time kinds, or of unknown kind, as teem's nrrdDomainAxesGet. */
    static int[] domainAxes(String[] kinds) {
        return IntStream.range(0, kinds.length).filter(i -> isDomain(kinds[i])).toArray();
    }

    private static boolean isDomain(String kind) {
        return kind.equals("domain") || kind.equals("space") || kind.equals("time") || kind.equals("???")
            || kind.equals("none");
    }

    /** Geometry of the given three domain axes. */
    static Geometry geometry(NrrdHeader h, int[] domain, int[] sizes) throws VolumeFormatException {
        Path file = h.file();
        double[] factor = lpsFactors(h.get("space"));
        int[] size = new int[3];
        double[] spacing = new double[3];
        double[] origin = new double[3];
        double[] direction = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[][] dirs = h.spaceDirections();
        for (int a = 0; a < 3; a++) {
            size[a] = sizes[domain[a]];
        }
        if (dirs != null) {
            for (int a = 0; a < 3; a++) {
                double[] v = dirs[domain[a]];
                if (v == null || v.length != 3) {
                    throw new VolumeFormatException(file, "NRRD space direction of domain axis " + domain[a]
                        + " must be a 3-vector");
                }
                double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    throw new VolumeFormatException(file, "NRRD space direction of axis " + domain[a]
                        + " is degenerate");
                }
                spacing[a] = norm;
                double inv = 1.0 / norm;
                for (int r = 0; r < 3; r++) {
                    direction[3 * r + a] = factor[r] * (v[r] * inv) + 0.0; // no negative zeros
                }
            }
            String o = h.get("space origin");
            if (o != null) {
                double[] ov = h.vector(o);
                if (ov == null || ov.length != 3) {
                    throw new VolumeFormatException(file, "NRRD 'space origin' must be a 3-vector");
                }
                for (int r = 0; r < 3; r++) {
                    origin[r] = Double.isNaN(ov[r]) ? 0 : factor[r] * ov[r] + 0.0;
                }
            }
        } else {
            double[] given = perAxis(h, "spacings", sizes.length);
            for (int a = 0; a < 3; a++) {
                double v = given[domain[a]];
                spacing[a] = Double.isFinite(v) && v != 0 ? v : 1;
            }
            originFromAxisMins(h, domain, sizes, given, origin);
        }
        Geometry g = GeometryChecks.withPositiveSpacing(size, spacing, origin, direction);
        GeometryChecks.requireOrthonormal(g, file);
        return g;
    }

    /**
     * Without space directions the origin comes from "axis mins", as teem's nrrdOriginCalculate: min plus half a
     * spacing for cell-centred axes (the default), where the spacing is "spacings" or else (max − min) / (size for
     * cell, size − 1 for node centring). If any axis lacks what it needs the origin stays zero.
     */
    private static void originFromAxisMins(NrrdHeader h, int[] domain, int[] sizes, double[] given, double[] origin)
        throws VolumeFormatException {
        if (h.get("axis mins") == null) {
            return;
        }
        double[] mins = perAxis(h, "axis mins", sizes.length);
        double[] maxs = perAxis(h, "axis maxs", sizes.length);
        String c = h.get("centers") != null ? h.get("centers") : h.get("centerings");
        String[] centers = c == null ? new String[0] : c.trim().split("\\s+");
        double[] o = new double[3];
        for (int a = 0; a < 3; a++) {
            int ax = domain[a];
            if (Double.isNaN(mins[ax])) {
                throw new VolumeFormatException(h.file(), "NRRD 'axis mins' is nan for spatial axis " + ax);
            }
            boolean node = ax < centers.length && centers[ax].equalsIgnoreCase("node");
            double step = Double.isFinite(given[ax]) ? given[ax]
                : (maxs[ax] - mins[ax]) / (node ? sizes[ax] - 1 : sizes[ax]);
            if (!Double.isFinite(step)) {
                return;
            }
            o[a] = mins[ax] + (node ? 0 : step / 2);
        }
        System.arraycopy(o, 0, origin, 0, 3);
    }

    /** A per-axis numeric field ("nan" where absent or given as nan). */
    private static double[] perAxis(NrrdHeader h, String field, int dimension) throws VolumeFormatException {
        double[] v = new double[dimension];
        Arrays.fill(v, Double.NaN);
        String s = h.get(field);
        String[] parts = s == null ? new String[0] : s.trim().split("\\s+");
        for (int i = 0; i < Math.min(dimension, parts.length); i++) {
            v[i] = h.parseDouble(parts[i], field);
        }
        return v;
    }

    /** Per-coordinate sign changes that take a NRRD space to LPS, as ITK's NrrdImageIO. */
    private static double[] lpsFactors(String space) {
        if (space == null) {
            return new double[] {1, 1, 1};
        }
        return switch (space.toLowerCase(Locale.ROOT)) {
            case "right-anterior-superior", "ras" -> new double[] {-1, -1, 1};
            case "left-anterior-superior", "las" -> new double[] {1, -1, 1};
            default -> new double[] {1, 1, 1};
        };
    }
}
