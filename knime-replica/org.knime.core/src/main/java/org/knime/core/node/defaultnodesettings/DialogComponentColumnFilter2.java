/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Headless replica of KNIME's DialogComponentColumnFilter2: binds its settings model, renders nothing. */
public class DialogComponentColumnFilter2 extends DialogComponent {

    private final int m_inPortIdx;

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        this(model, inPortIdx, false);
    }

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        m_inPortIdx = inPortIdx;
    }

    @Override
    protected void updateComponent() {
        // nothing rendered
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // nothing to check
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || m_inPortIdx >= specs.length || !(specs[m_inPortIdx] instanceof DataTableSpec)) {
            throw new NotConfigurableException("No input table spec available at port " + m_inPortIdx);
        }
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // nothing rendered
    }

    @Override
    public void setToolTipText(final String text) {
        // nothing rendered
    }
}
