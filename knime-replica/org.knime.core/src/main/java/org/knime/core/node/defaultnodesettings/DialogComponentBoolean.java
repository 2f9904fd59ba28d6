/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Headless replica of KNIME's DialogComponentBoolean: binds its settings model, renders nothing. */
public final class DialogComponentBoolean extends DialogComponent {

    public DialogComponentBoolean(final SettingsModelBoolean boolModel, final String label) {
        super(boolModel);
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
        // any input is fine
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // nothing rendered
    }

    @Override
    public void setToolTipText(final String text) {
        // nothing rendered
    }

    public boolean isSelected() {
        return ((SettingsModelBoolean)getModel()).getBooleanValue();
    }
}
