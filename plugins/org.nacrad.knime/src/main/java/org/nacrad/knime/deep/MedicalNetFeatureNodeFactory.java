package org.nacrad.knime.deep;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.nacrad.knime.util.NacradNodeFactory;

/** MedicalNet Feature: deep features of a pretrained (or seeded random) MedicalNet 3D ResNet per image and region. */
public final class MedicalNetFeatureNodeFactory extends NacradNodeFactory<MedicalNetFeatureNodeModel> {

    @Override
    public MedicalNetFeatureNodeModel createNodeModel() {
        return new MedicalNetFeatureNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        MedicalNetFeatureSettings s = new MedicalNetFeatureSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.imageColumn, "Image column"));
        pane.addDialogComponent(new DialogComponentString(s.maskColumn, "Mask column"));
        pane.addDialogComponent(new DialogComponentString(s.prefix, "Column prefix (e.g. MRI_T2)"));
        pane.addDialogComponent(new DialogComponentString(s.region, "Region name (e.g. Intra, Peri)"));
        pane.addDialogComponent(new DialogComponentBoolean(s.keepInputColumns, "Keep input columns"));
        pane.createNewTab("Network");
        pane.addDialogComponent(new DialogComponentStringSelection(s.depth, "ResNet depth",
            MedicalNetFeatureSettings.DEPTHS));
        pane.addDialogComponent(new DialogComponentStringSelection(s.weightsSource,
            "Weights (checkpoint = your MedicalNet .pth; seeded-random = NOT pretrained, demos only)",
            MedicalNetFeatureSettings.WEIGHT_SOURCES));
        pane.addDialogComponent(new DialogComponentFileChooser(s.weightsFile, "nacrad.medicalnet.weights", ".pth"));
        pane.addDialogComponent(new DialogComponentNumber(s.weightsSeed, "Seed of the random weights", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.batchSize, "Batch size (crops per forward pass)", 1));
        pane.createNewTab("Preprocessing");
        pane.addDialogComponent(new DialogComponentBoolean(s.preprocess,
            "Preprocess (off: feed the image voxels unchanged)"));
        pane.addDialogComponent(new DialogComponentNumber(s.marginMm, "Crop margin around the mask (mm)", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.isotropicSpacingMm,
            "Isotropic spacing (mm, 0 = finest image spacing)", 0.1));
        pane.addDialogComponent(new DialogComponentStringSelection(s.normalisation, "Normalisation",
            MedicalNetFeatureSettings.NORMALISATIONS));
        pane.addDialogComponent(new DialogComponentNumber(s.fillSeed, "Seed of MedicalNet's background fill", 1));
        pane.addDialogComponent(new DialogComponentNumber(s.resize, "Network input size (voxels per axis)", 8));
        pane.addDialogComponent(new DialogComponentBoolean(s.maskOutsideRoi, "Set voxels outside the ROI to 0"));
        return pane;
    }
}
