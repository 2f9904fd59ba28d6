package org.nacrad.knime.image.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Image Reader: path columns → volume geometry and mask checks. */
public final class ImageReaderNodeFactory extends NacradNodeFactory<ImageReaderNodeModel> {

    @Override
    public ImageReaderNodeModel createNodeModel() {
        return new ImageReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        ImageReaderSettings s = new ImageReaderSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.volumeColumns, "Volume columns (comma-separated; empty = auto)"));
        pane.addDialogComponent(new DialogComponentString(s.maskPairs, "Mask pairs (mask=image;...; empty = auto)"));
        pane.addDialogComponent(new DialogComponentStringSelection(s.maskOffGrid, "Mask off its image grid",
            ImageReaderSettings.FAIL, ImageReaderSettings.FLAG, ImageReaderSettings.RESAMPLE));
        return pane;
    }
}
