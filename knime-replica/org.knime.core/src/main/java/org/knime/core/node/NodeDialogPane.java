/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/** Base of Swing node dialogs. The replica keeps tabs as plain components and never shows them. */
public abstract class NodeDialogPane {

    private final Map<String, Component> m_tabs = new LinkedHashMap<>();

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    protected NodeDialogPane() {
    }

    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    /** Default: requires table specs on all ports and delegates to the DataTableSpec[] variant. */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] != null && !(specs[i] instanceof DataTableSpec)) {
                throw new NotConfigurableException("Input port " + i + " is not a data table port");
            }
            tableSpecs[i] = (DataTableSpec)specs[i];
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    protected final void addTab(final String title, final Component comp) {
        addTab(title, comp, true);
    }

    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        if (m_tabs.putIfAbsent(title, comp) != null) {
            throw new IllegalArgumentException("Tab \"" + title + "\" already exists");
        }
    }

    protected final void removeTab(final String name) {
        m_tabs.remove(name);
    }

    protected final void renameTab(final String oldName, final String newName) {
        Map<String, Component> renamed = new LinkedHashMap<>();
        m_tabs.forEach((k, v) -> renamed.put(k.equals(oldName) ? newName : k, v));
        m_tabs.clear();
        m_tabs.putAll(renamed);
    }

    protected final Component getTab(final String title) {
        return m_tabs.get(title);
    }

    protected final boolean setSelected(final String tabTitle) {
        return m_tabs.containsKey(tabTitle);
    }

    public void onOpen() {
    }

    public void onClose() {
    }

    public void onCancel() {
    }

    protected final NodeLogger getLogger() {
        return m_logger;
    }
}
