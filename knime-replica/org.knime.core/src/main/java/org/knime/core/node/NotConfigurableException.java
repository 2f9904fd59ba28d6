/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

/** Thrown by dialogs that cannot be opened for the given input. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String s) {
        super(s);
    }

    public NotConfigurableException(final String s, final Throwable cause) {
        super(s, cause);
    }
}
