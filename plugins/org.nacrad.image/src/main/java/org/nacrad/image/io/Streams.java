package org.nacrad.image.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/** Opening volume files: missing files and broken gzip streams become {@link VolumeFormatException}s. */
final class Streams {

    static final int BUFFER = 1 << 16;

    private Streams() {
    }

    /** Buffered stream of the file; decompressed if the content starts with the gzip magic number. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = openRaw(file);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, BUFFER) : raw;
    }

    static InputStream openRaw(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new VolumeFormatException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new VolumeFormatException(file, "is a directory, not a volume file");
        }
        try {
            return new BufferedInputStream(Files.newInputStream(file), BUFFER);
        } catch (NoSuchFileException e) {
            throw new VolumeFormatException(file, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new VolumeFormatException(file, "file not readable", e);
        }
    }

    /** Gzip at a fast compression level: volumes compress well and speed matters more than the last percent. */
    static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, BUFFER) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** Gzip and end-of-data failures reworded as a problem of the file. */
    static IOException describe(Path file, IOException e) {
        if (e instanceof VolumeFormatException) {
            return e;
        }
        if (e instanceof ZipException) {
            return new VolumeFormatException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
        }
        if (e instanceof EOFException) {
            return new VolumeFormatException(file, "file ends early: truncated or corrupt compressed data ("
                + e.getMessage() + ")", e);
        }
        return e;
    }
}
