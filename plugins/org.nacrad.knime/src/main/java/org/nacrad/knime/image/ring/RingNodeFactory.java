package org.nacrad.knime.image.ring;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Peritumoral Ring: the shell of tissue around the tumour. */
public final class RingNodeFactory extends NacradNodeFactory<RingNodeModel> {

    @Override
    public RingNodeModel createNodeModel() {
        return new RingNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RingSettings s = new RingSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.tumourColumn, "Tumour mask column (empty = *_tumour_mask)"));
        pane.addDialogComponent(new DialogComponentNumber(s.marginMm, "Margin (mm)", 0.5));
        pane.addDialogComponent(new DialogComponentString(s.tissueColumn, "Tissue mask column (optional)"));
        pane.addDialogComponent(new DialogComponentString(s.exclusionColumns, "Exclusion mask columns (optional)"));
        pane.addDialogComponent(new DialogComponentString(s.outputColumn, "Output column (empty = *_peri_mask)"));
        return pane;
    }
}
