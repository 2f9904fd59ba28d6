package org.nacrad.knime.learn.filter;

import org.knime.core.node.NodeDialogPane;
import org.nacrad.knime.util.NacradNodeFactory;

/** Feature Filter: applies a feature-selection model to any table. */
public final class FeatureFilterNodeFactory extends NacradNodeFactory<FeatureFilterNodeModel> {

    @Override
    public FeatureFilterNodeModel createNodeModel() {
        return new FeatureFilterNodeModel();
    }

    @Override
    protected boolean hasDialog() {
        return false;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return null;
    }
}
