/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A column name or the row ID. Persisted as a sub-config {@code <configName>} with {@code useRowID} and the
 * column name under {@code <configName>}, as KNIME writes it.
 */
public class SettingsModelColumnName extends SettingsModelString {

    private static final String CFG_ROWID = "useRowID";

    private final String m_configName;

    private boolean m_useRowID;

    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(configName, defaultValue);
        m_configName = configName;
    }

    @Override
    protected SettingsModelColumnName createClone() {
        SettingsModelColumnName clone = new SettingsModelColumnName(m_configName, getStringValue());
        clone.m_useRowID = m_useRowID;
        return clone;
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** @return the stored column name (check {@link #useRowID()} first) */
    public String getColumnName() {
        return getStringValue();
    }

    public boolean useRowID() {
        return m_useRowID;
    }

    public void setSelection(final String columnName, final boolean useRowID) {
        boolean rowIdChanged = m_useRowID != useRowID;
        m_useRowID = useRowID;
        String old = getStringValue();
        boolean nameChanged = old == null ? columnName != null : !old.equals(columnName);
        setStringValue(columnName);
        if (rowIdChanged && !nameChanged) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            NodeSettingsRO sub = settings.getNodeSettings(m_configName);
            m_useRowID = sub.getBoolean(CFG_ROWID, m_useRowID);
            super.loadSettingsForDialog(sub, specs);
        } catch (InvalidSettingsException e) {
            // keep current values, as KNIME
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        sub.getBoolean(CFG_ROWID);
        super.validateSettingsForModel(sub);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        boolean useRowID = sub.getBoolean(CFG_ROWID);
        super.loadSettingsForModel(sub);
        if (m_useRowID != useRowID) {
            m_useRowID = useRowID;
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForModel(sub);
    }
}
