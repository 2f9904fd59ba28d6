package org.nacrad.image.io;

import java.io.IOException;
import java.nio.file.Path;

/** A volume file that cannot be read or written as asked; the message always names the file and the problem. */
public class VolumeFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public VolumeFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public VolumeFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }
}
