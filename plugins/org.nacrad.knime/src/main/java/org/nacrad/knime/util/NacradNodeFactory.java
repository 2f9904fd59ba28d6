package org.nacrad.knime.util;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/** Factory base for NACRad nodes: no views, a settings dialog, description XML beside the concrete factory. */
public abstract class NacradNodeFactory<M extends NodeModel> extends NodeFactory<M> {

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<M> createNodeView(int viewIndex, M nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }
}
