package org.nacrad.image.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.nacrad.image.Volume;

/**
 * Reads and writes 3D volumes, choosing the format from the file name: NIfTI ({@code .nii}, {@code .nii.gz}) or
 * NRRD ({@code .nrrd}, {@code .nhdr}). Reads give geometry and voxel values as SimpleITK's ReadImage does; writes go
 * through a temporary file moved into place, so a failed write leaves no partial file.
 */
public final class VolumeIO {

    /** The formats, by file name. */
    public enum Format {
        NIFTI, NRRD;

        /** The format of a file name, or an error naming the file. */
        public static Format of(Path file) throws VolumeFormatException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".nii") || name.endsWith(".nii.gz")) {
                return NIFTI;
            }
            if (name.endsWith(".nrrd") || name.endsWith(".nhdr")) {
                return NRRD;
            }
            throw new VolumeFormatException(file, "unknown volume format (expected .nii, .nii.gz, .nrrd or .nhdr)");
        }
    }

    private VolumeIO() {
    }

    public static Volume read(Path file) throws IOException {
        return switch (Format.of(file)) {
            case NIFTI -> NiftiReader.read(file);
            case NRRD -> NrrdReader.read(file);
        };
    }

    /** Geometry and pixel type a {@link #read} would return, from the header only (cheap for large files). */
    public static VolumeHeader readHeader(Path file) throws IOException {
        return switch (Format.of(file)) {
            case NIFTI -> NiftiReader.readHeader(file);
            case NRRD -> NrrdReader.readHeader(file);
        };
    }

    public static void write(Volume volume, Path file) throws IOException {
        switch (Format.of(file)) {
            case NIFTI -> NiftiWriter.write(volume, file);
            case NRRD -> NrrdWriter.write(volume, file);
        }
    }
}
