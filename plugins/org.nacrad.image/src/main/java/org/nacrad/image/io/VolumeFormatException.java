package org.nacrad.image.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A volume file that cannot be read or written as asked (missing, corrupt, truncated, unsupported, not 3D, skewed,
 * …). The message is "file: problem"; {@link #file()} and {@link #problem()} give the parts, so callers that name
 * the file themselves (e.g. with the patient and column) need not repeat it.
 */
public class VolumeFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public VolumeFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public VolumeFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }

    /** The problem, without the file name. */
    public String problem() {
        return problem;
    }
}
