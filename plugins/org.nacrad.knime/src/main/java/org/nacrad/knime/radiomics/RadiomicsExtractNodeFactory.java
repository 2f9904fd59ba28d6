package org.nacrad.knime.radiomics;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** Radiomics Extract: PyRadiomics-conformant handcrafted features. */
public final class RadiomicsExtractNodeFactory extends NacradNodeFactory<RadiomicsExtractNodeModel> {

    @Override
    public RadiomicsExtractNodeModel createNodeModel() {
        return new RadiomicsExtractNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        RadiomicsExtractSettings s = new RadiomicsExtractSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.imageColumn, "Image column"));
        pane.addDialogComponent(new DialogComponentString(s.maskColumn, "Mask column"));
        pane.addDialogComponent(new DialogComponentString(s.prefix, "Column prefix (e.g. MRI_T2)"));
        pane.addDialogComponent(new DialogComponentString(s.region, "Region name (e.g. Intra, Peri)"));
        pane.addDialogComponent(new DialogComponentBoolean(s.keepInputColumns, "Keep input columns"));
        pane.createNewTab("Extraction");
        pane.addDialogComponent(new DialogComponentString(s.featureClasses, "Feature classes"));
        pane.addDialogComponent(new DialogComponentNumber(s.binWidth, "Bin width", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.binCount, "Bin count (0 = use bin width)", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.label, "Mask label", 1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.mode, "Compatibility", "pyradiomics", "ibsi"));
        pane.addDialogComponent(new DialogComponentString(s.extraSettings, "Further PyRadiomics settings (YAML)"));
        pane.addDialogComponent(new DialogComponentFileChooser(s.parameterFile, "nacrad.radiomics.params", ".yaml",
            ".yml"));
        return pane;
    }
}
