package org.nacrad.knime.util;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * Model base for NACRad nodes: settings persisted through a {@link SettingsGroup}, results only in output ports
 * (no view internals), nothing cached between executions unless a subclass says so.
 */
public abstract class NacradNodeModel<S extends SettingsGroup> extends NodeModel {

    protected final S settings;

    protected NacradNodeModel(S settings, int nrInDataPorts, int nrOutDataPorts) {
        super(nrInDataPorts, nrOutDataPorts);
        this.settings = settings;
    }

    protected NacradNodeModel(S settings, PortType[] inPortTypes, PortType[] outPortTypes) {
        super(inPortTypes, outPortTypes);
        this.settings = settings;
    }

    @Override
    protected final void saveSettingsTo(NodeSettingsWO s) {
        settings.save(s);
    }

    @Override
    protected final void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validate(s);
    }

    @Override
    protected final void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.load(s);
    }

    @Override
    protected void reset() {
        // nothing cached between executions
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no views, nothing to restore
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // no views, nothing to save
    }
}
