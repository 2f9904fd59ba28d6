/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.data.filestore;

import java.io.File;

/** A file owned by the workflow (created through ExecutionContext.createFileStore); here: a file in the run's work folder. */
public final class FileStore {

    private final File m_file;

    /** Created reflectively by ExecutionContext; KNIME's constructor takes handler internals the replica lacks. */
    private FileStore(final File file) {
        m_file = file;
    }

    public File getFile() {
        return m_file;
    }

    @Override
    public String toString() {
        return m_file.toString();
    }
}
