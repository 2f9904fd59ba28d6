/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.util;

/** Thrown when a table receives a row ID twice. */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    public DuplicateKeyException(final String key) {
        this("Duplicate key detected: \"" + key + "\"", key);
    }

    public DuplicateKeyException(final String message, final String key) {
        super(message);
        m_key = key;
    }

    public String getKey() {
        return m_key;
    }
}
