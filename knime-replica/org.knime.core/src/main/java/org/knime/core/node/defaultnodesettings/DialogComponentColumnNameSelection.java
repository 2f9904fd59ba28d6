/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Headless replica of KNIME's DialogComponentColumnNameSelection: binds its settings model, renders nothing. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private final int m_specIndex;

    private final boolean m_isRequired;

    private final Class<? extends DataValue>[] m_classFilter;

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        super(model);
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_classFilter = classFilter.clone();
    }

    @Override
    protected void updateComponent() {
        // nothing rendered
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (m_isRequired && getSelected() == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        PortObjectSpec spec = specs == null || m_specIndex >= specs.length ? null : specs[m_specIndex];
        if (spec == null) {
            throw new NotConfigurableException("Need input table spec to configure dialog. "
                + "Configure or execute predecessor nodes.");
        }
        if (!(spec instanceof DataTableSpec tableSpec)) {
            throw new NotConfigurableException("Input port " + m_specIndex + " is not a data table port");
        }
        boolean compatible = tableSpec.stream().anyMatch(c -> m_classFilter.length == 0
            || Arrays.stream(m_classFilter).anyMatch(t -> c.getType().isCompatible(t)));
        if (m_isRequired && !compatible) {
            throw new NotConfigurableException("No column in spec compatible to "
                + Arrays.stream(m_classFilter).map(Class::getSimpleName).toList() + ".");
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

    /** @return the selected column name (null for none or the row ID) */
    public final String getSelected() {
        SettingsModelString m = (SettingsModelString)getModel();
        if (m instanceof SettingsModelColumnName c && c.useRowID()) {
            return null;
        }
        return m.getStringValue();
    }
}
