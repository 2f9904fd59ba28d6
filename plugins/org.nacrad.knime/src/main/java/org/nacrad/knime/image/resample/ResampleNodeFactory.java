package org.nacrad.knime.image.resample;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** Resample: volumes to a target spacing. */
public final class ResampleNodeFactory extends NacradNodeFactory<ResampleNodeModel> {

    @Override
    public ResampleNodeModel createNodeModel() {
        return new ResampleNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        ResampleSettings s = new ResampleSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.spacing, "Target spacing x,y,z (mm)"));
        pane.addDialogComponent(
            new DialogComponentStringSelection(s.interpolator, "Image interpolator", ResampleSettings.INTERPOLATORS));
        pane.addDialogComponent(new DialogComponentString(s.imageColumns, "Image columns (empty = *_image)"));
        pane.addDialogComponent(new DialogComponentString(s.maskColumns, "Mask columns (empty = *_mask)"));
        pane.addDialogComponent(new DialogComponentBoolean(s.floatOutput, "Write images as 32-bit float"));
        return pane;
    }
}
