package org.nacrad.knime.learn.node;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.SettingsGroup;

/**
 * Base of the learning nodes: the core bundle reports bad input (one class only, too few rows, unseen batch, ...)
 * as IllegalArgumentException naming the step; here it becomes the node's error with the core's message.
 */
public abstract class LearnNodeModel<S extends SettingsGroup> extends NacradNodeModel<S> {

    protected LearnNodeModel(S settings, PortType[] in, PortType[] out) {
        super(settings, in, out);
    }

    @Override
    protected final PortObject[] execute(PortObject[] in, ExecutionContext exec) throws Exception {
        try {
            return run(in, exec);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    protected abstract PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception;
}
