package org.nacrad.knime.image.normalize;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Normalize: z-score intensities. */
public final class NormalizeNodeFactory extends NacradNodeFactory<NormalizeNodeModel> {

    @Override
    public NormalizeNodeModel createNodeModel() {
        return new NormalizeNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        NormalizeSettings s = new NormalizeSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.imageColumns, "Image columns (empty = *_image)"));
        pane.addDialogComponent(new DialogComponentString(s.maskColumn, "Mask column (empty = whole image)"));
        pane.addDialogComponent(new DialogComponentNumber(s.scale, "Scale (normalizeScale)", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.removeOutliers, "Remove outliers beyond n SD (0 = off)", 1));
        return pane;
    }
}
