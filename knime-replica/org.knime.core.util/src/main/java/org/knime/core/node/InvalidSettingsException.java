/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core.util 6.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

/** Thrown when settings are missing or invalid. */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String s) {
        super(s);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
