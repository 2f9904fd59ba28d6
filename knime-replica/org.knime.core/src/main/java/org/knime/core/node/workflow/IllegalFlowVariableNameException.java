/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

/** Thrown for flow variable names that violate their scope's naming rule. */
public class IllegalFlowVariableNameException extends IllegalFlowObjectStackException {

    private static final long serialVersionUID = 1L;

    IllegalFlowVariableNameException(final String message) {
        super(message);
    }
}
