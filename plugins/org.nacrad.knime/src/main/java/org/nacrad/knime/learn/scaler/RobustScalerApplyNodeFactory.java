package org.nacrad.knime.learn.scaler;

import org.knime.core.node.NodeDialogPane;
import org.nacrad.knime.util.NacradNodeFactory;

/** Robust Scaler Apply: scales a table with a fitted robust scaler. */
public final class RobustScalerApplyNodeFactory extends NacradNodeFactory<RobustScalerApplyNodeModel> {

    @Override
    public RobustScalerApplyNodeModel createNodeModel() {
        return new RobustScalerApplyNodeModel();
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
