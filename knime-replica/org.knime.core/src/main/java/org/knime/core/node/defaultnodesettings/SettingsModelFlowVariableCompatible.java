/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.workflow.FlowVariable;

/** Settings models whose value a flow variable can control. */
public interface SettingsModelFlowVariableCompatible {
    public String getKey();

    public FlowVariable.Type getFlowVariableType();
}
