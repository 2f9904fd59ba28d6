package org.nacrad.knime.util;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * A node's settings: a fixed list of SettingsModels (their keys are the persistent contract of saved workflows)
 * plus cross-field checks done once, when settings are validated.
 */
public abstract class SettingsGroup {

    protected abstract List<SettingsModel> models();

    /** Checks beyond each model's own validation; called on the validated candidate settings. */
    protected void check(NodeSettingsRO settings) throws InvalidSettingsException {
    }

    public final void save(NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    public final void validate(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.validateSettings(settings);
        }
        check(settings);
    }

    public final void load(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }
}
