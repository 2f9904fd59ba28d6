/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Dialog made of {@link DialogComponent}s. The replica keeps the components (tabs and groups only affect layout,
 * which is not rendered) and loads/saves their models, so factories can build their dialogs headless.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private final List<DialogComponent> m_components = new ArrayList<>();

    public DefaultNodeSettingsPane() {
    }

    public void setDefaultTabTitle(final String tabTitle) {
        // layout only
    }

    public void createNewTab(final String tabTitle) {
        // layout only
    }

    public void createNewTabAt(final String tabTitle, final int index) {
        // layout only
    }

    public void selectTab(final String tabTitle) {
        // layout only
    }

    public void createNewGroup(final String title) {
        // layout only
    }

    public void closeCurrentGroup() {
        // layout only
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        // layout only
    }

    public void addDialogComponent(final DialogComponent diaC) {
        m_components.add(diaC);
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_components) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_components) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /** Default: delegates to the DataTableSpec[] variant when all specs are table specs. */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] != null && !(specs[i] instanceof DataTableSpec)) {
                return;
            }
            tableSpecs[i] = (DataTableSpec)specs[i];
        }
        loadAdditionalSettingsFrom(settings, tableSpecs);
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        // hook
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // hook
    }
}
