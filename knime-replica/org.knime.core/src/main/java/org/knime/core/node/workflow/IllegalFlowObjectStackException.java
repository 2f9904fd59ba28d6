/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

/** Misuse of the flow object stack (package-private in KNIME too). */
class IllegalFlowObjectStackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalFlowObjectStackException(final String message) {
        super(message);
    }
}
